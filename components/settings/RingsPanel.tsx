import { CreateRingForm } from "./CreateRingForm";
import { RingTable } from "./RingTable";

export function RingsPanel() {
  return (
    <div className="space-y-4">
      <RingTable />
      <CreateRingForm />
    </div>
  );
}
