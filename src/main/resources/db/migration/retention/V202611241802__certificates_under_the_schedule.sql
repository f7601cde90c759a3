-- A disposal certificate is disposed of only under the schedule's own rule for certificates, once its
-- period has ended: the job removes its run and log lines then, and at no other time.
grant delete on disposal_runs, disposal_log to ${app_role};
