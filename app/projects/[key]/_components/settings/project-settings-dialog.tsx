'use client';

import type { Project } from '../../../../_lib/router-types';
import { Modal } from '../../../../_components/ui/modal';
import { ArchiveProject } from './archive-project';
import { DownloadHistory } from './download-history';
import { LabelsEditor } from './labels-editor';
import { RenameProjectForm } from './rename-project-form';
import { WorkflowEditor } from './workflow-editor';

interface ProjectSettingsDialogProps {
  project: Project;
  open: boolean;
  onClose: () => void;
}

export function ProjectSettingsDialog({ project, open, onClose }: ProjectSettingsDialogProps) {
  return (
    <Modal open={open} onClose={onClose} title="Project settings">
      <div className="space-y-6">
        <RenameProjectForm project={project} />
        <WorkflowEditor project={project} />
        <LabelsEditor projectId={project.id} />
        <DownloadHistory projectKey={project.key} />
        <ArchiveProject projectId={project.id} onArchived={onClose} />
      </div>
    </Modal>
  );
}
