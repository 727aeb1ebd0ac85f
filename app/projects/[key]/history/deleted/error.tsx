'use client';

import { ErrorPanel } from '../../../../_components/error-panel';

export default function Error({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel retry={retry} />;
}
