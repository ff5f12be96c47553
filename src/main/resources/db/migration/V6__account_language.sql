-- The language a person last used, so work assigned to them (tasks, later e-mails) is written in it.
alter table account add column locale text check (locale in ('en', 'fi', 'sv', 'nb'));
