// The list of accounts for administrators. Server component: plain data in, no client code.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UserRow } from "@/lib/users/queries";

export async function UsersTable({ users }: { users: UserRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("users.tableCaption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.email")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.name")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.role")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.region")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.status")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("users.columns.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : "bg-slate-50 text-slate-500"}>
              <td className="px-4 py-3">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                  {user.email}
                </Link>
              </td>
              <td className="px-4 py-3">{user.name}</td>
              <td className="px-4 py-3">{t(`roles.${user.role}`)}</td>
              <td className="px-4 py-3">{user.regionName ?? t("users.nationalScope")}</td>
              <td className="px-4 py-3">{user.active ? t("users.active") : t("users.inactive")}</td>
              <td className="px-4 py-3">
                {user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
