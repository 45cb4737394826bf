export {
  jobRepository,
  JOB_STATUSES,
  type JobRepository,
  type JobRecord,
  type JobStatus,
  type NewJob,
  type ClaimRequest,
  type JobFilter,
} from './repository';
