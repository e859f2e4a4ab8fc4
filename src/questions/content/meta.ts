/** Version, review date and policies of the clinical content. Shown on the summary and the About page. */
import type { ContentMeta } from './types';

/** When the clinical content was last reviewed (also in CONTENT_META, for the About page). */
export const CONTENT_REVIEWED = '2026-12-02';

export const CONTENT_META: ContentMeta = {
  version: '1.1.0',
  lastReviewed: CONTENT_REVIEWED,
  updatePolicy:
    'We check the facts at least once a year. We also check them each time the Spravato label or its safety program (REMS) changes.',
  funding:
    'No drug maker, clinic or insurer paid for this guide. The people who wrote it have no ties to them.',
  evidenceSelection:
    'Facts come from the FDA label and safety program for Spravato, from the FDA, and from studies where people were put into groups by chance, and reviews of such studies. Each one is named in the source list. Facts from other sites, such as clinic pages, are marked in the list. Facts we could not check are left out.',
};
