-- Response rates folded in like the answers (issue 3, speed): a read after new answers no longer recounts the
-- wave's invitations by the roster's unit and group (a join of 100,000 invitations with staff, 0.85 s of every
-- fold), but adds each folded response to the answered count of its unit and group (ResultCache). That holds
-- while three things stay true, and the cache checks each before it relies on it:
--   1. the wave's invitations are the ones counted (they are made when the wave opens and never change after:
--      reminders and closing leave them as they are) -- checked by their number;
--   2. every invitation answered since the last count came with one queued response (a submission does both in
--      one transaction) -- checked by the number answered against the number folded, in the fold's snapshot;
--   3. nobody invited to the wave has changed unit or professional group since the last count, since response
--      rates are by the roster's current unit and group -- the trigger below leaves a row here when one does.
-- A row says only "someone invited to this wave moved": no person, no answer, no time. The fold that counts the
-- invitations again deletes the rows it saw, in the same statement, so a move committed meanwhile keeps its row
-- for the next fold. See docs/surveys.md, "Anonymity".
create table survey_result_roster_move (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id)
);
create index survey_result_roster_move_wave_idx on survey_result_roster_move (wave_id);
select uptake_enable_tenancy('survey_result_roster_move');

create function uptake_survey_roster_moved() returns trigger
  language plpgsql
  as $$
begin
  -- the organisation's waves (a few dozen), each looked up in the invitations' primary key
  insert into survey_result_roster_move (organisation_id, wave_id)
  select w.organisation_id, w.id
    from survey_wave w
   where w.organisation_id = new.organisation_id
     and exists (select 1 from survey_invitation i where i.wave_id = w.id and i.staff_id = new.id);
  return null;
end
$$;

create trigger staff_moved_survey_results after update of unit_id, professional_group on staff
  for each row
  when (old.unit_id is distinct from new.unit_id or old.professional_group is distinct from new.professional_group)
  execute function uptake_survey_roster_moved();

-- A cache made before this migration may have counted someone who has moved since with no row above to say so:
-- emptied, each wave's cache is built again by its first read (or the background fold). TRUNCATE, as row-level
-- security would hide every row from a DELETE here.
truncate survey_result_cell, survey_result_cache;
