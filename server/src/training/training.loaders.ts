// Loaders of the training feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { TrainingCourse } from './course.entity.js';
import { TrainingProvider } from './provider.entity.js';
import { certificatesOf, coursesTeaching } from './training.queries.js';
import type { TrainingCertificate } from './training.models.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    course: DataLoader<string, TrainingCourse | null>;
    trainingProvider: DataLoader<string, TrainingProvider | null>;
    /** Courses taking enrolments that teach a skill (a match's suggested courses). */
    coursesTeaching: DataLoader<string, TrainingCourse[]>;
    /** A person's completed courses, with certificate numbers: resolvers strip them for readers who may not see them. */
    trainingCertificates: DataLoader<string, TrainingCertificate[]>;
  }
}

registerLoaders(({ ds }) => ({
  course: byId(ds, TrainingCourse),
  trainingProvider: byId(ds, TrainingProvider),
  coursesTeaching: new DataLoader<string, TrainingCourse[]>(async (skills) => {
    const m = await coursesTeaching(ds, skills);
    return skills.map((s) => m.get(s) ?? []);
  }),
  trainingCertificates: new DataLoader<string, TrainingCertificate[]>(async (ids) => {
    const m = await certificatesOf(ds, ids, true);
    return ids.map((id) => m.get(id) ?? []);
  }),
}));
