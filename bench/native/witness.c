/* The job of the punctuality benchmark: appends "ID TRIGGER START_NS" to a witness file, where
 * START_NS is the wall clock (CLOCK_REALTIME, ns since the epoch) read first thing in main.
 * Usage: witness FILE ID TRIGGER. One write(2) with O_APPEND per run, so lines never mix. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (argc < 4) {
        fprintf(stderr, "usage: witness FILE ID TRIGGER\n");
        return 2;
    }
    char line[256];
    int length = snprintf(line, sizeof line, "%s %s %lld%09ld\n", argv[2], argv[3], (long long)now.tv_sec, now.tv_nsec);
    int fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0 || length <= 0 || write(fd, line, (size_t)length) != length) {
        perror(argv[1]);
        return 1;
    }
    close(fd);
    return 0;
}
