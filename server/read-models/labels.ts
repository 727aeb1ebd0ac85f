import { projectLabels } from '../db/schema';
import { defineReadModel, table } from './define';

/** The project's label list, for the settings, the label autocomplete and the colours of cards and task pages. */
export const labels = defineReadModel({
  name: 'labels',
  maintained: 'inline',
  tables: { labels: table(projectLabels, 'id') },
  handles: ['LabelCreated', 'LabelRenamed', 'LabelRecoloured', 'LabelDeleted'],
  apply(event) {
    const key = { id: event.data.labelId };
    switch (event.type) {
      case 'LabelCreated': {
        const { name, colour } = event.data;
        return [{ insert: 'labels', row: { ...key, projectId: event.projectId, name, colour } }];
      }
      case 'LabelRenamed':
        return [{ update: 'labels', key, set: { name: event.data.name } }];
      case 'LabelRecoloured':
        return [{ update: 'labels', key, set: { colour: event.data.colour } }];
      case 'LabelDeleted':
        return [{ delete: 'labels', key }];
    }
  },
});
