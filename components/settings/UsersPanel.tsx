import { CreateUserForm } from "./CreateUserForm";
import { UserTable } from "./UserTable";

export function UsersPanel() {
  return (
    <div className="space-y-4">
      <UserTable />
      <CreateUserForm />
    </div>
  );
}
