-- The PeopleCorrection scopes (summary_correction_scopes) that two projects' memberships share:
-- a dimension is kept as a scope's value only where both have it, otherwise only "all" remains.
-- History: migration 0009.
CREATE OR REPLACE FUNCTION public.summary_shared_correction_scopes(region integer, district integer, category text, work_type text, year integer, sources "FundingSource"[], other_region integer, other_district integer, other_category text, other_work_type text, other_year integer, other_sources "FundingSource"[])
 RETURNS TABLE(r integer, d integer, c text, w text, s text, y integer)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT place.r, place.d, cat.c, wt.w, '*', yr.y
  FROM (SELECT 0, -1 UNION ALL SELECT region, -1 WHERE region = other_region) AS place(r, d)
  CROSS JOIN (SELECT '*' UNION ALL SELECT category WHERE category = other_category) AS cat(c)
  CROSS JOIN (SELECT '*' UNION ALL SELECT work_type WHERE work_type = other_work_type) AS wt(w)
  CROSS JOIN (SELECT 0 UNION ALL SELECT year WHERE year = other_year) AS yr(y)
  UNION ALL
  SELECT region, district, '*', '*', '*', yr.y
  FROM (SELECT 0 UNION ALL SELECT year WHERE year = other_year) AS yr(y)
  WHERE region = other_region AND district = other_district
  UNION ALL
  SELECT place.r, -1, '*', '*', src::text, yr.y
  FROM (SELECT 0 UNION ALL SELECT region WHERE region = other_region) AS place(r)
  CROSS JOIN unnest(sources) AS src
  CROSS JOIN (SELECT 0 UNION ALL SELECT year WHERE year = other_year) AS yr(y)
  WHERE src = ANY(other_sources)
$function$;
