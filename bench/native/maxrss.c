/* The peak memory and wall time of one command, as GNU time's %M and %e report them: it starts
 * PROGRAM with posix_spawn (arguments and standard streams passed through), waits for it with
 * wait4 and writes "KIB SECONDS" to OUT: the child's maximum resident set size (ru_maxrss, from
 * the kernel's own high-water mark, so a peak just before the exit is not missed) and the
 * monotonic wall time from the spawn to the exit.
 * Usage: maxrss OUT PROGRAM [ARG...]. Exits with PROGRAM's exit status (128 + N when signal N
 * ended it), 127 when it could not be started. */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: maxrss OUT PROGRAM [ARG...]\n");
        return 2;
    }
    struct timespec start, end;
    struct rusage usage;
    pid_t pid;
    int status;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (posix_spawn(&pid, argv[2], NULL, NULL, &argv[2], environ) != 0) {
        perror("posix_spawn");
        return 127;
    }
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("wait4");
        return 127;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 127;
    }
    fprintf(out, "%ld %.6f\n", usage.ru_maxrss, seconds);
    fclose(out);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
