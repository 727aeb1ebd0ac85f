import { namedPoints as namedPointsTable } from '../db/schema';
import { defineReadModel, table } from './define';

/** The project's named points, for the replay slider's marks, the Compare presets and the History page's list. */
export const namedPoints = defineReadModel({
  name: 'named-points',
  maintained: 'inline',
  tables: { namedPoints: table(namedPointsTable, 'id') },
  handles: ['PointNamed', 'PointUnnamed'],
  apply(event) {
    const key = { id: event.data.pointId };
    if (event.type === 'PointUnnamed') return [{ delete: 'namedPoints', key }];
    return [
      {
        insert: 'namedPoints',
        row: {
          ...key,
          projectId: event.projectId,
          name: event.data.name,
          position: event.data.position,
          namedBy: event.metadata.actorId,
          namedAt: event.recordedAt,
        },
      },
    ];
  },
});
