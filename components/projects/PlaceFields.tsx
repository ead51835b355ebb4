"use client";
// Region and district: the district list follows the chosen region (a district must belong to
// the project's region; the server checks it again). An akimat is offered its own region only.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { RegionChoice } from "@/lib/projects/queries";
import { SelectField, type FieldProps } from "./Field";

type Shared = Pick<FieldProps, "idPrefix" | "errors" | "params" | "namespace">;

export function PlaceFields({ regions, regionId, districtId, ...shared }: Shared & { regions: RegionChoice[]; regionId?: string; districtId?: string }) {
  const t = useTranslations("projects");
  const [region, setRegion] = useState(regionId || (regions.length === 1 ? String(regions[0]!.id) : ""));
  const districts = regions.find((candidate) => String(candidate.id) === region)?.districts ?? [];
  return (
    <>
      <SelectField
        {...shared}
        name="regionId"
        label={t("fields.regionId")}
        options={regions.map((choice) => ({ value: String(choice.id), label: choice.name }))}
        placeholder={regions.length === 1 ? undefined : t("form.choose")}
        value={region}
        onChange={setRegion}
      />
      <SelectField
        {...shared}
        key={region}
        name="districtId"
        label={t("fields.districtId")}
        options={districts.map((district) => ({ value: String(district.id), label: district.name }))}
        placeholder={t("form.noDistrict")}
        defaultValue={districts.some((district) => String(district.id) === districtId) ? districtId : ""}
      />
    </>
  );
}
