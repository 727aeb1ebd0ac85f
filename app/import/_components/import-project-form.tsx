'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useTRPC } from '../../_trpc/client';
import { Alert } from '../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../_components/ui/styles';

/**
 * A project's history file ("Download history") becomes a new project here, owned by whoever uploads it. The file
 * goes as it is to the upload route, which reads it as it arrives; a refusal names the line it could not take.
 */
export function ImportProjectForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ids = { file: useId(), key: useId(), hint: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(chosen: File) {
    setPending(true);
    setError(null);
    try {
      const query = key ? `?key=${encodeURIComponent(key)}` : '';
      const response = await fetch(`/api/projects/import${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: chosen,
      });
      const answer = (await response.json().catch(() => ({}))) as { key?: string; error?: string };
      if (!response.ok || !answer.key) {
        setError(answer.error ?? 'The file could not be imported. Please try again.');
        return;
      }
      await queryClient.invalidateQueries(trpc.project.list.queryFilter());
      router.push(`/projects/${answer.key}`);
    } catch {
      setError('Could not reach Chronicle. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="import-project" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="import-project" className="text-base font-semibold">
        From a history file
      </h2>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) void upload(file);
        }}
      >
        <div>
          <label htmlFor={ids.file} className={labelStyles}>
            History file
          </label>
          <input
            id={ids.file}
            type="file"
            required
            accept=".ndjson,application/x-ndjson"
            aria-describedby={ids.hint}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
            }}
            className="mt-1 block w-full text-sm"
          />
        </div>
        <div>
          <label htmlFor={ids.key} className={labelStyles}>
            New key (optional)
          </label>
          <input
            id={ids.key}
            maxLength={6}
            value={key}
            onChange={(event) => {
              setKey(event.target.value.toUpperCase());
            }}
            autoCapitalize="characters"
            spellCheck={false}
            className={`mt-1 font-mono uppercase ${inputStyles}`}
          />
        </div>
        <button type="submit" disabled={pending || !file} className={buttonStyles.secondary}>
          {pending ? 'Importing…' : 'Import project'}
        </button>
      </form>
      <p id={ids.hint} className="mt-2 text-xs text-stone-500">
        A file made with &ldquo;Download history&rdquo; (in a project&rsquo;s settings). You become the new
        project&rsquo;s owner; it keeps its tasks, numbers, times and history. The key is the file&rsquo;s unless you
        choose another.
      </p>
      {error && <Alert className="mt-3">{error}</Alert>}
    </section>
  );
}
