-- The scopes PeopleCorrection keeps for a person's project in a cell: the country or the region,
-- each by any combination of category, work type and programme year ("*" and 0 = all); the
-- district, over all programme years or the project's; and, for each of the project's funding
-- sources, the country or the region over all years or the project's. The loaders read exactly
-- these (lib/summary/conditions.ts, correctionScope).
-- History: migrations 0004, 0006.
CREATE OR REPLACE FUNCTION public.summary_correction_scopes(region integer, district integer, category text, work_type text, year integer, sources "FundingSource"[])
 RETURNS TABLE(r integer, d integer, c text, w text, s text, y integer)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT place.r, place.d, cat.c, wt.w, '*', yr.y
  FROM (VALUES (0, -1), (region, -1)) AS place(r, d)
  CROSS JOIN (VALUES ('*'), (category)) AS cat(c)
  CROSS JOIN (VALUES ('*'), (work_type)) AS wt(w)
  CROSS JOIN (VALUES (0), (year)) AS yr(y)
  UNION ALL
  SELECT region, district, '*', '*', '*', yr.y FROM (VALUES (0), (year)) AS yr(y)
  UNION ALL
  SELECT place.r, -1, '*', '*', src::text, yr.y
  FROM (VALUES (0), (region)) AS place(r)
  CROSS JOIN unnest(sources) AS src
  CROSS JOIN (VALUES (0), (year)) AS yr(y)
$function$;
