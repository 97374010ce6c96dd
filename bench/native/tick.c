/* The punctuality reference: the least a scheduler can do on this machine. At each whole second
 * (CLOCK_REALTIME) for SECONDS seconds it starts N witness processes with posix_spawn, without
 * waiting for them, then reaps them; no ledger, no history, no logs. With THREADS > 1 (default 1)
 * the N starts are shared by that many threads, job i going to thread i % THREADS, so every core
 * can be starting processes at once: the floor of a second's starts on this machine.
 * Usage: tick N SECONDS WITNESS WITNESS_FILE [THREADS]. Each job runs "WITNESS WITNESS_FILE ID
 * TRIGGER", TRIGGER being the second in ISO 8601 (UTC), as runner passes {trigger:o}. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#define MAX_THREADS 64

extern char **environ;

struct share {
    long first, n, step;
    char *witness, *file, *trigger;
    int failed;
};

static void *start_share(void *arg)
{
    struct share *share = arg;
    for (long i = share->first; i < share->n; i += share->step) {
        char id[32];
        snprintf(id, sizeof id, "%ld", i);
        char *args[] = { share->witness, share->file, id, share->trigger, NULL };
        pid_t pid;
        int error = posix_spawn(&pid, share->witness, NULL, NULL, args, environ);
        if (error != 0) {
            fprintf(stderr, "posix_spawn: %s\n", strerror(error));
            share->failed = 1;
            return NULL;
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: tick N SECONDS WITNESS WITNESS_FILE [THREADS]\n");
        return 2;
    }
    long n = atol(argv[1]);
    long seconds = atol(argv[2]);
    long threads = argc > 5 ? atol(argv[5]) : 1;
    if (threads < 1 || threads > MAX_THREADS) {
        fprintf(stderr, "THREADS: give 1 to %d\n", MAX_THREADS);
        return 2;
    }
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
        struct share shares[MAX_THREADS];
        pthread_t ids[MAX_THREADS];
        for (long t = 0; t < threads; t++) {
            shares[t] = (struct share){ t, n, threads, argv[3], argv[4], trigger, 0 };
            if (t > 0 && pthread_create(&ids[t], NULL, start_share, &shares[t]) != 0) {
                perror("pthread_create");
                return 1;
            }
        }
        start_share(&shares[0]);
        for (long t = 1; t < threads; t++) {
            pthread_join(ids[t], NULL);
        }
        for (long t = 0; t < threads; t++) {
            if (shares[t].failed) {
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
