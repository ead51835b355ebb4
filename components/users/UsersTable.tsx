// The list of accounts for administrators. Server component: plain data in, no client code.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UserRow } from "@/lib/users/queries";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function UsersTable({ users }: { users: UserRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <Table>
      <Caption>{t("users.tableCaption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("users.columns.email")}</Th>
          <Th scope="col">{t("users.columns.name")}</Th>
          <Th scope="col">{t("users.columns.role")}</Th>
          <Th scope="col">{t("users.columns.region")}</Th>
          <Th scope="col">{t("users.columns.status")}</Th>
          <Th scope="col">{t("users.columns.lastSignIn")}</Th>
        </Tr>
      </THead>
      <TBody>
        {users.map((user) => (
          <Tr key={user.id} className={user.active ? undefined : "bg-slate-50 text-slate-500"}>
            <Td>
              <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                {user.email}
              </Link>
            </Td>
            <Td>{user.name}</Td>
            <Td>{t(`roles.${user.role}`)}</Td>
            <Td>{user.regionName ?? t("users.nationalScope")}</Td>
            <Td>{user.active ? t("users.active") : t("users.inactive")}</Td>
            <Td>
              {user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
