-- The import's listener (AdoptionSummaries) writes one usage_person_day row per person and day of use in the import's
-- transaction: about 74,000 rows for a night's file of a 100,000-person service whose people are on the roster. Each
-- row checked three foreign keys (organisation, implementation, staff), i.e. three queries with a row lock on the
-- referenced rows per inserted row; most of the 1.6 s the insert took (docs/benchmarks.md, "Usage ingest", session 6).
-- As for usage_daily in V24: only AdoptionSummaries writes these rows, for staff ids it has just read under the tenant
-- policy and the implementation of a source it has just read; organisations, implementations and staff are never
-- deleted (staff are deactivated). The tenant policy still checks organisation_id on every row.
alter table usage_person_day drop constraint usage_person_day_organisation_id_fkey,
                             drop constraint usage_person_day_implementation_id_fkey,
                             drop constraint usage_person_day_staff_id_fkey;
