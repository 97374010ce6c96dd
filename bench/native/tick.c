/* The punctuality reference: the least a scheduler can do on this machine. At each whole second
 * (CLOCK_REALTIME) for SECONDS seconds it starts N witness processes with posix_spawn, one after
 * the other without waiting, then reaps them; no ledger, no history, no logs.
 * Usage: tick N SECONDS WITNESS WITNESS_FILE. Each job runs "WITNESS WITNESS_FILE ID TRIGGER",
 * TRIGGER being the second in ISO 8601 (UTC), as runner passes {trigger:o}. */
#define _GNU_SOURCE
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: tick N SECONDS WITNESS WITNESS_FILE\n");
        return 2;
    }
    long n = atol(argv[1]);
    long seconds = atol(argv[2]);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    time_t next = now.tv_sec + 1;
    for (long s = 0; s < seconds; s++, next++) {
        struct timespec at = { .tv_sec = next, .tv_nsec = 0 };
        while (clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &at, NULL) == EINTR) {
        }
        char trigger[64];
        struct tm utc;
        gmtime_r(&next, &utc);
        strftime(trigger, sizeof trigger, "%Y-%m-%dT%H:%M:%S+00:00", &utc);
        for (long i = 0; i < n; i++) {
            char id[32];
            snprintf(id, sizeof id, "%ld", i);
            char *args[] = { argv[3], argv[4], id, trigger, NULL };
            pid_t pid;
            if (posix_spawn(&pid, argv[3], NULL, NULL, args, environ) != 0) {
                perror("posix_spawn");
                return 1;
            }
        }
        for (long i = 0; i < n; i++) {
            int status;
            if (wait(&status) < 0) {
                perror("wait");
                return 1;
            }
        }
    }
    return 0;
}
