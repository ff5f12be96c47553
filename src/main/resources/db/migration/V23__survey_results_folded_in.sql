-- Results of a wave kept up to date by folding in only the responses sent since the last read, instead of summing
-- all of them again (issue 3, speed: the first read after new answers took 4 s at 100,000 responses).
--
-- survey_response_untallied holds the id of each response that is not yet in the wave's results cache: written in
-- the submission's transaction, deleted by the reader that adds the response to the cache. survey_response itself
-- gains nothing. A row here says only "sent since results were last read"; once folded in it is gone, and it has
-- no person, no time and no order (the response id is random). See docs/surveys.md, "Anonymity".
create table survey_response_untallied (
  response_id uuid primary key references survey_response (id),
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id)
);
create index survey_response_untallied_wave_idx on survey_response_untallied (wave_id);
select uptake_enable_tenancy('survey_response_untallied');

-- Folding adds to a cell, so each cell has one row (a unit or group may be unknown: nulls are the same cell).
create unique index survey_result_cell_cell_idx
    on survey_result_cell (wave_id, unit_id, professional_group, kind, key, answer) nulls not distinct;
drop index survey_result_cell_wave_idx;

-- The cache is derived data: emptied, it is rebuilt by the first read of each wave (TRUNCATE, as row-level
-- security would hide every row from a DELETE here).
truncate survey_result_cell, survey_result_cache;
