import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import type { ProjectEvent } from './events';
import { projectDecider } from './index';
import { requireAccess } from './members';

const created: ProjectEvent = {
  type: 'ProjectCreated',
  data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses: [{ id: 's1', name: 'Todo', category: 'unstarted' }] },
};
const added = (userId: string, role: 'owner' | 'member' | 'viewer'): ProjectEvent => ({
  type: 'MemberAdded',
  data: { userId, role },
});
const project = (...events: ProjectEvent[]) => fold(projectDecider, [created, ...events]);

const refusal = (check: () => void) => {
  try {
    check();
    return 'allowed';
  } catch (error) {
    return (error as { kind: string; message: string }).kind + ': ' + (error as Error).message;
  }
};

describe('access to a project, judged on its state', () => {
  it('grants each role what the role table grants it', () => {
    const state = project(added('ana', 'owner'), added('max', 'member'), added('vera', 'viewer'));
    expect(
      refusal(() => {
        requireAccess(state, 'ana', 'manageProject');
      }),
    ).toBe('allowed');
    expect(
      refusal(() => {
        requireAccess(state, 'max', 'changeTasks');
      }),
    ).toBe('allowed');
    expect(
      refusal(() => {
        requireAccess(state, 'vera', 'read');
      }),
    ).toBe('allowed');
    expect(
      refusal(() => {
        requireAccess(state, 'max', 'manageProject');
      }),
    ).toBe('forbidden: As a member of this project you cannot do this');
    expect(
      refusal(() => {
        requireAccess(state, 'vera', 'changeTasks');
      }),
    ).toBe('forbidden: As a viewer of this project you cannot do this');
  });

  it('tells someone removed, or never a member, that the project does not exist', () => {
    const state = project(added('ana', 'owner'), added('max', 'member'), {
      type: 'MemberRemoved',
      data: { userId: 'max' },
    });
    expect(
      refusal(() => {
        requireAccess(state, 'max', 'read');
      }),
    ).toBe('not_found: Project not found');
    expect(
      refusal(() => {
        requireAccess(state, 'sam', 'read');
      }),
    ).toBe('not_found: Project not found');
    expect(
      refusal(() => {
        requireAccess(fold(projectDecider, []), 'ana', 'read');
      }),
    ).toBe('not_found: Project not found');
  });

  it('judges a changed role by the new one', () => {
    const state = project(added('ana', 'owner'), added('max', 'member'), {
      type: 'MemberRoleChanged',
      data: { userId: 'max', role: 'viewer' },
    });
    expect(
      refusal(() => {
        requireAccess(state, 'max', 'changeTasks');
      }),
    ).toMatch(/^forbidden/);
  });
});
