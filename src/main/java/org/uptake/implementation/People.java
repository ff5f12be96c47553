package org.uptake.implementation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;

/**
 * Names of the organisation's accounts and units, read through their modules' APIs rather than
 * their tables. An id the organisation does not have is not found, so a form cannot name someone
 * from another organisation.
 */
@Component
class People {

  /** The accounts and units of the organisation, by id. */
  record Directory(Map<AccountId, String> accounts, Map<UnitId, String> units) {

    Person person(AccountId id) {
      String name = accounts.get(id);
      if (name == null) {
        throw new NotFoundException("account");
      }
      return new Person(id, name);
    }

    @Nullable Person personOrNull(@Nullable AccountId id) {
      return id == null ? null : person(id);
    }

    List<Person> people(List<AccountId> ids) {
      return ids.stream().map(this::person).sorted(Comparator.comparing(Person::name)).toList();
    }

    String unitName(UnitId unit) {
      String name = units.get(unit);
      if (name == null) {
        throw new NotFoundException("unit");
      }
      return name;
    }
  }

  private final Accounts accounts;
  private final Units units;

  People(Accounts accounts, Units units) {
    this.accounts = accounts;
    this.units = units;
  }

  Directory directory() {
    Map<AccountId, String> people = new LinkedHashMap<>();
    for (AccountSummary account : accounts.list()) {
      people.put(account.id(), account.displayName());
    }
    return new Directory(people, units.names());
  }

  /** The person making the change; null for work Uptake does itself. */
  static @Nullable AccountId actor() {
    return CurrentUser.accountId().orElse(null);
  }

  static @Nullable UUID actorId() {
    AccountId actor = actor();
    return actor == null ? null : actor.value();
  }
}
