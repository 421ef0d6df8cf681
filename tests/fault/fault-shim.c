/* fault-shim.c: an LD_PRELOAD library that makes the Nth file call of a
 * save fail, or kills the process there
 *
 * Built for the tests only. It counts the calls a save makes on files
 * inside OPS_FAULT_DIR while armed (ops_fault_arm(), looked up with
 * dlsym() by the program under test, or OPS_FAULT_ARMED=1): write, fsync, fdatasync, close of a
 * descriptor open for writing, open with O_CREAT, rename (renameat2 too),
 * link and unlink
 * (and their *at forms). At call number OPS_FAULT_AT it does what
 * OPS_FAULT_MODE says, instead of the call:
 *
 *   enospc, eio, eintr  fail it with that errno
 *   kill                raise SIGKILL
 *   change              first replace OPS_FAULT_DIR/plan.json with
 *                       OPS_FAULT_FOREIGN's text, as another program
 *                       would (a new file renamed over it), then make
 *                       the call
 *
 * Calls elsewhere (GLib's logging, the file monitor) are never counted,
 * so call N is the same call in every run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static int armed;
static unsigned count;
static int fired;
static __thread int inside;

void     ops_fault_arm   (int on);
unsigned ops_fault_count (void);
int      ops_fault_fired (void);

/* OPS_FAULT_ARMED=1 counts from the start, for a program that does not
 * arm the shim itself (the command-line export). */
__attribute__ ((constructor)) static void
arm_from_environment (void)
{
  const char *value = getenv ("OPS_FAULT_ARMED");

  armed = value != NULL && strcmp (value, "1") == 0;
}

void
ops_fault_arm (int on)
{
  __atomic_store_n (&armed, on, __ATOMIC_SEQ_CST);
}

unsigned
ops_fault_count (void)
{
  return __atomic_load_n (&count, __ATOMIC_SEQ_CST);
}

int
ops_fault_fired (void)
{
  return __atomic_load_n (&fired, __ATOMIC_SEQ_CST);
}

static int
in_dir (const char *path)
{
  const char *dir = getenv ("OPS_FAULT_DIR");
  size_t len;

  if (dir == NULL || path == NULL)
    return 0;
  len = strlen (dir);

  return strncmp (path, dir, len) == 0 && (path[len] == '\0' || path[len] == '/');
}

static int
fd_path (int   fd,
         char *out)
{
  char link[64];
  ssize_t n;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, out, PATH_MAX - 1);
  if (n < 0)
    return 0;
  out[n] = '\0';

  return 1;
}

static int
fd_in_dir (int fd)
{
  char path[PATH_MAX];

  return fd_path (fd, path) && in_dir (path);
}

static int
at_in_dir (int         dirfd,
           const char *path)
{
  char dir[PATH_MAX];

  if (path[0] == '/')
    return in_dir (path);
  if (dirfd == AT_FDCWD)
    return getcwd (dir, sizeof dir) != NULL && in_dir (dir);

  return fd_path (dirfd, dir) && in_dir (dir);
}

/* As another program would: a whole new file renamed over the plan. */
static void
change_plan (void)
{
  const char *dir = getenv ("OPS_FAULT_DIR");
  const char *text = getenv ("OPS_FAULT_FOREIGN");
  char temp[PATH_MAX];
  char plan[PATH_MAX];
  int fd;

  if (text == NULL)
    return;
  snprintf (temp, sizeof temp, "%s/foreign.new", dir);
  snprintf (plan, sizeof plan, "%s/plan.json", dir);
  fd = (int) syscall (SYS_openat, AT_FDCWD, temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    abort ();
  if (syscall (SYS_write, fd, text, strlen (text)) != (long) strlen (text))
    abort ();
  syscall (SYS_close, fd);
  if (syscall (SYS_rename, temp, plan) != 0)
    abort ();
}

/* Counts a call of the save's; returns the errno to fail it with, or 0
 * to make it. */
static int
fault (void)
{
  const char *mode;
  const char *at;
  unsigned n;

  n = __atomic_add_fetch (&count, 1, __ATOMIC_SEQ_CST);
  at = getenv ("OPS_FAULT_AT");
  mode = getenv ("OPS_FAULT_MODE");
  if (at == NULL || mode == NULL || strtoul (at, NULL, 10) != n)
    return 0;

  __atomic_store_n (&fired, 1, __ATOMIC_SEQ_CST);
  if (strcmp (mode, "kill") == 0)
    raise (SIGKILL);
  if (strcmp (mode, "change") == 0)
    {
      change_plan ();
      return 0;
    }
  if (strcmp (mode, "enospc") == 0)
    return ENOSPC;
  if (strcmp (mode, "eintr") == 0)
    return EINTR;

  return EIO;
}

#define REAL(name) \
  ({ \
    static __typeof__ (name) *real_; \
    if (real_ == NULL) \
      real_ = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name); \
    real_; \
  })

/* Whether a call is the save's, when armed; the check itself makes calls
 * (fcntl, readlink, getcwd), which are not counted. */
#define FAULT(relevant_expr) \
  ({ \
    int relevant_ = 0; \
    if (__atomic_load_n (&armed, __ATOMIC_SEQ_CST)) \
      { \
        inside++; \
        relevant_ = (relevant_expr); \
        inside--; \
      } \
    relevant_ ? fault () : 0; \
  })

#define FAIL_WITH(e) \
  do { errno = (e); return -1; } while (0)

ssize_t
write (int         fd,
       const void *buf,
       size_t      len)
{
  int e = inside ? 0 : FAULT (fd_in_dir (fd));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (write) (fd, buf, len);
}

int
fsync (int fd)
{
  int e = inside ? 0 : FAULT (fd_in_dir (fd));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (fsync) (fd);
}

int
fdatasync (int fd)
{
  int e = inside ? 0 : FAULT (fd_in_dir (fd));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (fdatasync) (fd);
}

static int
open_for_writing (int fd)
{
  int flags = fcntl (fd, F_GETFL);

  return flags >= 0 && (flags & O_ACCMODE) != O_RDONLY && fd_in_dir (fd);
}

int
close (int fd)
{
  int e = inside ? 0 : FAULT (open_for_writing (fd));

  if (e != 0)
    {
      /* As Linux does: the descriptor is gone whatever close() says. */
      REAL (close) (fd);
      FAIL_WITH (e);
    }
  return REAL (close) (fd);
}

int
openat (int         dirfd,
        const char *path,
        int         flags,
        ...)
{
  mode_t mode = 0;
  int e;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  e = inside ? 0 : FAULT ((flags & O_CREAT) && at_in_dir (dirfd, path));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (openat) (dirfd, path, flags, mode);
}

int
openat64 (int         dirfd,
          const char *path,
          int         flags,
          ...)
  __attribute__ ((alias ("openat")));

int
open (const char *path,
      int         flags,
      ...)
{
  mode_t mode = 0;
  int e;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  e = inside ? 0 : FAULT ((flags & O_CREAT) && at_in_dir (AT_FDCWD, path));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (open) (path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
  __attribute__ ((alias ("open")));

int
renameat (int         olddirfd,
          const char *oldpath,
          int         newdirfd,
          const char *newpath)
{
  int e = inside ? 0 : FAULT (at_in_dir (olddirfd, oldpath) || at_in_dir (newdirfd, newpath));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (renameat) (olddirfd, oldpath, newdirfd, newpath);
}

int
renameat2 (int           olddirfd,
           const char   *oldpath,
           int           newdirfd,
           const char   *newpath,
           unsigned int  flags)
{
  int e = inside ? 0 : FAULT (at_in_dir (olddirfd, oldpath) || at_in_dir (newdirfd, newpath));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (renameat2) (olddirfd, oldpath, newdirfd, newpath, flags);
}

int
rename (const char *oldpath,
        const char *newpath)
{
  int e = inside ? 0 : FAULT (at_in_dir (AT_FDCWD, oldpath) || at_in_dir (AT_FDCWD, newpath));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (rename) (oldpath, newpath);
}

int
linkat (int         olddirfd,
        const char *oldpath,
        int         newdirfd,
        const char *newpath,
        int         flags)
{
  int e = inside ? 0 : FAULT (at_in_dir (olddirfd, oldpath) || at_in_dir (newdirfd, newpath));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (linkat) (olddirfd, oldpath, newdirfd, newpath, flags);
}

int
link (const char *oldpath,
      const char *newpath)
{
  int e = inside ? 0 : FAULT (at_in_dir (AT_FDCWD, oldpath) || at_in_dir (AT_FDCWD, newpath));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (link) (oldpath, newpath);
}

int
unlinkat (int         dirfd,
          const char *path,
          int         flags)
{
  int e = inside ? 0 : FAULT (at_in_dir (dirfd, path));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (unlinkat) (dirfd, path, flags);
}

int
unlink (const char *path)
{
  int e = inside ? 0 : FAULT (at_in_dir (AT_FDCWD, path));

  if (e != 0)
    FAIL_WITH (e);
  return REAL (unlink) (path);
}
