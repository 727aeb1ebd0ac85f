import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Command, Priority, Role } from '@/domain';
import { inProject, type CommandContext } from '../../commands/context';
import { executeCommand } from '../../commands/execute';
import { toolIntent } from '../../commands/intent';
import { authFor } from '../../auth';
import { events, projectsView, users } from '../../db/schema';
import type { Database } from '../../db/types';
import { createRandom } from './random';
import {
  DEMO_COMMENTS,
  DEMO_INVITEE,
  DEMO_LABELS,
  DEMO_MISTYPED_ADDRESS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_STRANGER,
  DEMO_TASKS,
} from './script';

const HOUR = 3_600_000;
const DAYS = 21;

/**
 * A few weeks of a small team's work on one project, back-dated and sent through the real command path, so the demo
 * history is exactly what the app would have recorded. A seeded random source keeps every run alike.
 */
export async function seedDemo(db: Database, { seed = 42, endAt = new Date() } = {}) {
  const random = createRandom(seed);
  let clock = endAt.getTime() - DAYS * 24 * HOUR;
  const team = await ensurePeople(db);
  const as = (personId: string): CommandContext => ({
    db,
    actorId: personId,
    commandId: randomUUID(),
    intent: toolIntent('seed'),
    now: () => new Date(clock),
    newId: randomUUID,
  });
  const tick = (maxHours: number) => {
    clock += Math.max(60_000, random.between(0.05, maxHours) * HOUR);
  };
  // Steps that draw nothing from the random source, so the rest of the demo stays as it was.
  const wait = (minutes: number) => {
    clock += minutes * 60_000;
  };

  const lead = team[0]!;
  const key = await freeKey(db, 'WEB');
  const { projectId } = await executeCommand(as(lead.id), { type: 'CreateProject', name: 'Chronicle Website', key });
  // The lead owns the project; everyone else is a member, and commands run with what their role grants.
  const send = <C extends Command>(personId: string, command: C) =>
    executeCommand(inProject(as(personId), projectId, personId === lead.id ? 'manageProject' : 'changeTasks'), command);
  // Everyone joins by invitation, as in the app; the first one went to a mistyped address and was withdrawn.
  wait(3);
  const invite = (email: string, role: Role) => send(lead.id, { type: 'InviteMember', projectId, email, role });
  const mistyped = await invite(DEMO_MISTYPED_ADDRESS, 'member');
  wait(2);
  await send(lead.id, { type: 'RevokeInvitation', projectId, invitationId: mistyped.invitationId });
  for (const person of team.slice(1)) {
    tick(0.2);
    const { invitationId } = await invite(person.email, 'member');
    wait(20);
    await executeCommand(inProject(as(person.id), projectId), { type: 'AcceptInvitation', invitationId });
  }
  const statusIds = async () =>
    (await db.select().from(projectsView).where(eq(projectsView.id, projectId)))[0]!.statuses;
  const [backlog, todo, inProgress, done] = (await statusIds()).map((s) => s.id) as [string, string, string, string];
  let inReview: string | undefined;

  const tasks: { id: string; stage: number }[] = [];
  const stages = () => [backlog, todo, inProgress, ...(inReview ? [inReview] : []), done];

  for (let day = 0; day < DAYS; day++) {
    clock = Math.max(clock, endAt.getTime() - (DAYS - day) * 24 * HOUR + 9 * HOUR);
    if (day === 6) {
      await send(lead.id, { type: 'AddStatus', projectId, name: 'In review' });
      inReview = (await statusIds()).find((s) => s.name === 'In review')?.id;
      await send(lead.id, { type: 'MoveStatus', projectId, statusId: inReview!, toIndex: 3 });
    }
    const newTasks = day < 14 ? random.int(1, 3) : random.int(0, 1);
    for (let n = 0; n < newTasks && tasks.length < DEMO_TASKS.length; n++) {
      const spec = DEMO_TASKS[tasks.length]!;
      const author = random.pick(team);
      tick(1.5);
      const stage = random.chance(0.5) ? 1 : 0;
      const { taskId } = await send(author.id, {
        type: 'CreateTask',
        projectId,
        title: spec.title,
        description: spec.description,
        statusId: stage === 1 ? todo : backlog,
        priority: random.pick<Priority>(['none', 'low', 'medium', 'high', 'urgent']),
      });
      tasks.push({ id: taskId, stage });
      if (random.chance(0.6))
        await send(author.id, {
          type: 'LabelTask',
          taskId,
          add: random.sample(DEMO_LABELS, random.int(1, 2)),
          remove: [],
        });
    }

    for (const task of random.sample(tasks, Math.min(tasks.length, random.int(9, 14)))) {
      const actor = random.pick(team);
      tick(1.2);
      const path = stages();
      const roll = random.next();
      if (roll < 0.45 && task.stage < path.length - 1) {
        task.stage += 1;
        await send(actor.id, { type: 'MoveTask', taskId: task.id, toStatusId: path[task.stage]!, index: 0 });
      } else if (roll < 0.6) {
        await send(actor.id, { type: 'AssignTask', taskId: task.id, assigneeId: random.pick(team).id });
      } else if (roll < 0.8) {
        await send(actor.id, { type: 'CommentOnTask', taskId: task.id, body: random.pick(DEMO_COMMENTS) });
      } else if (roll < 0.9) {
        const priority = random.pick<Priority>(['low', 'medium', 'high', 'urgent']);
        await send(actor.id, { type: 'PrioritizeTask', taskId: task.id, priority });
      } else {
        const due = new Date(clock + random.int(2, 14) * 24 * HOUR).toISOString().slice(0, 10);
        await send(actor.id, { type: 'ScheduleTask', taskId: task.id, dueOn: due });
      }
    }
  }

  const stale = tasks.find((t) => t.stage === 0);
  if (stale) {
    tick(2);
    await send(lead.id, { type: 'DeleteTask', taskId: stale.id });
  }
  // Dev moved to another team near the end: still following along, no longer changing anything.
  const dev = team[3]!;
  tick(1);
  await send(lead.id, { type: 'ChangeMemberRole', projectId, userId: dev.id, role: 'viewer' });
  // Still open at the end, so that the members page has a pending invitation to show (nobody has that account).
  wait(30);
  await invite(DEMO_INVITEE.email, DEMO_INVITEE.role);
  const [recorded] = await db.select({ n: count() }).from(events).where(eq(events.projectId, projectId));
  return { key, events: recorded?.n ?? 0, people: team.length, projectId, ownerId: lead.id };
}

/** The demo accounts, made through Better Auth (so their passwords are hashed as any other), or found again. */
async function ensurePeople(db: Database) {
  const auth = await authFor(db);
  const existing = await db.select({ id: users.id, email: users.email }).from(users);
  const team = [];
  for (const person of [...DEMO_PEOPLE, DEMO_STRANGER]) {
    const found = existing.find((u) => u.email === person.email);
    const id =
      found?.id ??
      (await auth.api.signUpEmail({ body: { ...person, password: DEMO_PASSWORD }, headers: new Headers() })).user.id;
    if (person !== DEMO_STRANGER) team.push({ id, name: person.name, email: person.email });
  }
  return team;
}

async function freeKey(db: Database, wanted: string) {
  const taken = new Set((await db.select({ key: projectsView.key }).from(projectsView)).map((p) => p.key));
  for (let n = 1; ; n++) {
    const key = n === 1 ? wanted : `${wanted}${n}`;
    if (!taken.has(key)) return key;
  }
}
