import { connection } from 'next/server';
import { api } from './_trpc/server';

export default async function ProjectsPage() {
  await connection();
  const projects = await (await api()).project.list();
  return (
    <main className="p-8">
      <h1 className="text-2xl font-semibold">Projects</h1>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </main>
  );
}
