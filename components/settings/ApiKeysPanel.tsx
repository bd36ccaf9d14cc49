"use client";

import { useState } from "react";
import type { CreatedApiKey } from "@/queries/access";
import { ApiKeyTable } from "./ApiKeyTable";
import { CreateApiKeyForm } from "./CreateApiKeyForm";
import { NewSecretNotice } from "./NewSecretNotice";

export function ApiKeysPanel() {
  // Held in memory only: once dismissed or the page is left, the secret is gone for good.
  const [newKey, setNewKey] = useState<CreatedApiKey | null>(null);
  return (
    <div className="space-y-4">
      <ApiKeyTable />
      {newKey ? <NewSecretNotice apiKey={newKey} onDismiss={() => setNewKey(null)} /> : null}
      <CreateApiKeyForm onCreated={setNewKey} />
    </div>
  );
}
