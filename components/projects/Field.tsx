"use client";
// One labelled input or select of the project and permanent-job forms: the label, the control
// pointing at its hint and errors (aria-describedby), and the translated errors under it.
import type { ReactNode } from "react";
import { FieldErrors, inputClass, labelClass } from "@/components/ui/form";

export type FieldProps = {
  /** The form field's name; also the key of its errors ("funding.BOND_LOANS.allocated"). */
  name: string;
  label: string;
  idPrefix: string;
  errors?: Partial<Record<string, string[]>>;
  params?: Record<string, string | number>;
  namespace: string;
  hint?: string;
  className?: string;
};

export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replace(/\./g, "-")}`;
}

function Frame({ name, label, idPrefix, errors, params, namespace, hint, className, children }: FieldProps & { children: ReactNode }) {
  const id = fieldId(idPrefix, name);
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      <FieldErrors id={`${id}-errors`} codes={errors?.[name]} hint={hint} namespace={namespace} params={params} />
    </div>
  );
}

export function TextField(props: FieldProps & { defaultValue?: string; type?: string; inputMode?: "text" | "decimal" | "numeric"; autoComplete?: string; maxLength?: number }) {
  const { name, idPrefix, errors, type = "text", inputMode, defaultValue, autoComplete = "off", maxLength } = props;
  const id = fieldId(idPrefix, name);
  return (
    <Frame {...props}>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={`${id}-errors`}
        className={inputClass}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldProps & { options: Option[]; defaultValue?: string; placeholder?: string; value?: string; onChange?: (value: string) => void }) {
  const { name, idPrefix, errors, options, defaultValue, placeholder, value, onChange } = props;
  const id = fieldId(idPrefix, name);
  return (
    <Frame {...props}>
      <select
        id={id}
        name={name}
        {...(value !== undefined ? { value, onChange: (event) => onChange?.(event.target.value) } : { defaultValue: defaultValue ?? "" })}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={`${id}-errors`}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
