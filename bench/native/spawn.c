/* The launch reference: posix_spawn + waitpid of a program (default /bin/true), N times in a loop.
 * Usage: spawn N [PROGRAM]. Prints "N SECONDS" (monotonic wall time of the whole loop). */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: spawn N [PROGRAM]\n");
        return 2;
    }
    long n = atol(argv[1]);
    char *program = argc > 2 ? argv[2] : "/bin/true";
    char *args[] = { program, NULL };
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (long i = 0; i < n; i++) {
        pid_t pid;
        int status;
        if (posix_spawn(&pid, program, NULL, NULL, args, environ) != 0) {
            perror("posix_spawn");
            return 1;
        }
        if (waitpid(pid, &status, 0) < 0) {
            perror("waitpid");
            return 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%ld %.6f\n", n, seconds);
    return 0;
}
