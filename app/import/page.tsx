import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportProjectForm } from './_components/import-project-form';

export const metadata: Metadata = { title: 'Import a project' };

export default function ImportPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/" className="rounded hover:text-stone-900 hover:underline">
          Projects
        </Link>
      </nav>
      <h1 className="mt-1 mb-6 text-2xl font-semibold tracking-tight">Import a project</h1>
      <ImportProjectForm />
    </main>
  );
}
