package org.uptake.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.*;
import java.sql.*;

/**
 * Where the ingest time goes: inserts of the same events into a partitioned table without an index,
 * with the text dedup key of V12 in the primary key, and with a 16-byte key; and the rollup
 * aggregation alone. Run with {@code bench/dedup-probe.sh [events]}; figures in docs/benchmarks.md.
 */
public final class DedupProbe {
  private DedupProbe() {}

  static void exec(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long time(Connection c, String sql) throws Exception {
    long t = System.nanoTime();
    exec(c, sql);
    return (System.nanoTime() - t) / 1_000_000;
  }

  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a.length > 0 ? a[0] : "200000");
    Path dir = Files.createTempDirectory("pgprobe");
    try (EmbeddedPostgres pg =
            EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      exec(
          c,
          "create temp table incoming as select '00000000-0000-0000-0000-000000000002'::uuid source_id, 'h:' || md5(i::text) || md5((i*7)::text) as dedup_key, timestamptz '2026-01-01' + (i % 300) * interval '1 day' + (i % 86400) * interval '1 second' occurred_at, 'KU' || (i % 150) user_id, 'action' || (i % 8) action from generate_series(1, "
              + n
              + ") i");
      exec(c, "analyze incoming");
      exec(c, "create temp table incoming_by_time as select * from incoming order by occurred_at");
      exec(c, "analyze incoming_by_time");
      String[][] variants = {
        {"no index", "", "dedup_key text", "dedup_key"},
        {
          "pk (org, source, uuid key, time)",
          "primary key (organisation_id, source_id, dedup_key, occurred_at)",
          "dedup_key uuid",
          "md5(dedup_key)::uuid"
        },
        {
          "pk (time, org, source, uuid key)",
          "primary key (occurred_at, organisation_id, source_id, dedup_key)",
          "dedup_key uuid",
          "md5(dedup_key)::uuid"
        },
        {
          "same, file in time order",
          "primary key (occurred_at, organisation_id, source_id, dedup_key)",
          "dedup_key uuid",
          "md5(dedup_key)::uuid",
          "incoming_by_time"
        },
        {
          "same, plain insert (no on conflict)",
          "primary key (occurred_at, organisation_id, source_id, dedup_key)",
          "dedup_key uuid",
          "md5(dedup_key)::uuid",
          "incoming_by_time",
          "plain"
        },
        {
          "same, anti-join instead of on conflict",
          "primary key (occurred_at, organisation_id, source_id, dedup_key)",
          "dedup_key uuid",
          "md5(dedup_key)::uuid",
          "incoming_by_time",
          "anti"
        },
        {
          "pk (org, source, text key, time), time order",
          "primary key (organisation_id, source_id, dedup_key, occurred_at)",
          "dedup_key text",
          "dedup_key",
          "incoming_by_time"
        },
        {
          "pk (org, source, text key, time)",
          "primary key (organisation_id, source_id, dedup_key, occurred_at)",
          "dedup_key text",
          "dedup_key"
        },
        {
          "pk (bytea16 key, time)",
          "primary key (dedup_key, occurred_at)",
          "dedup_key bytea",
          "decode(md5(dedup_key), 'hex')"
        },
      };
      for (String[] v : variants) {
        exec(c, "drop table if exists ev");
        exec(
            c,
            "create table ev (organisation_id uuid not null, source_id uuid not null, "
                + v[2]
                + " not null, occurred_at timestamptz not null, user_id text not null, action text not null"
                + (v[1].isEmpty() ? "" : ", " + v[1])
                + ") partition by range (occurred_at)");
        for (int m = 0; m < 24; m++) {
          exec(
              c,
              "create table ev_"
                  + m
                  + " partition of ev for values from ('"
                  + java.time.LocalDate.of(2025, 1, 1).plusMonths(m)
                  + "') to ('"
                  + java.time.LocalDate.of(2025, 1, 1).plusMonths(m + 1)
                  + "')");
        }
        String mode = v.length > 5 ? v[5] : "";
        String conflict =
            v[1].isEmpty() || mode.equals("plain")
                ? ""
                : mode.equals("anti")
                    ? " where not exists (select from ev e where e.occurred_at = i.occurred_at"
                        + " and e.organisation_id = '00000000-0000-0000-0000-000000000001'"
                        + " and e.source_id = i.source_id and e.dedup_key = "
                        + v[3].replace("dedup_key", "i.dedup_key")
                        + ")"
                    : " on conflict do nothing";
        String from = (v.length > 4 ? v[4] : "incoming") + " i";
        long t =
            time(
                c,
                "insert into ev select '00000000-0000-0000-0000-000000000001', i.source_id, "
                    + v[3]
                    + ", occurred_at, user_id, action from "
                    + from
                    + conflict);
        long d =
            v[1].isEmpty() || mode.equals("plain")
                ? -1
                : time(
                    c,
                    "insert into ev select '00000000-0000-0000-0000-000000000001', i.source_id, "
                        + v[3]
                        + ", occurred_at, user_id, action from "
                        + from
                        + conflict);
        System.out.printf(
            "%-36s insert %5d ms (%,d rows/s); again (all duplicates) %5d ms%n",
            v[0], t, n * 1000L / Math.max(1, t), d);
      }
      long r =
          time(
              c,
              "create temp table daily as select user_id, (occurred_at at time zone 'Europe/Helsinki')::date as day, action, count(*), min(occurred_at), max(occurred_at) from incoming group by 1, 2, 3");
      System.out.printf(
          "rollup of %,d events by person, day, action (hash aggregate): %d ms%n", n, r);
    }
  }
}
