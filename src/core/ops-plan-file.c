/* ops-plan-file.c: reading a plan file, and replacing a file so that no
 * failure or kill can leave it torn
 *
 * These run in worker threads (and in the command line), with plain POSIX
 * calls: GIO's g_file_replace() commits its temporary file when the stream
 * is closed even after a failed write, and writes in place when the file
 * has several links, so neither a full disk nor a kill would leave the
 * old file whole.
 *
 * A replace of NAME, in the folder the path resolves to:
 *  1. opens NAME and checks it is the file the caller last read (its
 *     stamp: device, inode, size and modification time);
 *  2. with a backup, copies its content to a new temporary file, syncs it
 *     and renames it to "NAME~": the backup is never a link of the plan;
 *  3. writes the new content to another temporary file, created
 *     exclusively, and syncs it;
 *  4. checks NAME is still the file of step 1, and treats a change as a
 *     conflict;
 *  5. exchanges the temporary file and NAME in one step, checks that what
 *     it took out is still the file of step 1 (if not, another program
 *     wrote it in between: it is exchanged back, a conflict), removes it
 *     and syncs the folder. (Where the file system cannot exchange, it
 *     renames the temporary file over NAME after step 4.)
 * A failure at any step removes the temporary file and leaves NAME as it
 * was. A kill leaves NAME old or new, "NAME~" old or older, and maybe a
 * temporary ".NAME.opsladder-XXXXXX" (with a new version that never took
 * the file's place, or the old one that the exchange took out), which
 * the next load removes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* renameat2() */
#define _GNU_SOURCE

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "ops-error.h"
#include "ops-plan-file.h"
#include "ops-plan-serializer.h"

#define TEMP_MARK ".opsladder-"
#define TEMP_RANDOM 6
#define READ_CHUNK (64 * 1024)

/* Where a replace happens: the folder of the file the path resolves to. */
typedef struct
{
  char *name;
  int   dirfd;
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->name, g_free);
  if (place->dirfd >= 0)
    close (place->dirfd);
  place->dirfd = -1;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Place, place_clear)

static void
set_errno_error (GError **error,
                 int      errsv)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errsv), g_strerror (errsv));
}

static void
set_conflict_error (GError **error)
{
  g_set_error_literal (error, OPS_ERROR, OPS_ERROR_PLAN_CHANGED,
                       _("another program changed the file while it was being saved"));
}

static void
set_link_error (GError **error,
                int      errsv)
{
  if (errsv == ENOENT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         _("This is a link to a file that does not exist"));
  else if (errsv == ELOOP)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                         _("This is a link that leads in a circle"));
  else
    set_errno_error (error, errsv);
}

static gboolean
check_regular (const struct stat  *st,
               GError            **error)
{
  if (S_ISDIR (st->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("This is a folder, not a plan file"));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("This is not a regular file"));
      return FALSE;
    }

  return TRUE;
}

/* What tells one version of a file from another without reading it. */
static char *
stamp_of (const struct stat *st)
{
  return g_strdup_printf ("%ju:%ju:%jd:%jd.%09ld",
                          (uintmax_t) st->st_dev, (uintmax_t) st->st_ino, (intmax_t) st->st_size,
                          (intmax_t) st->st_mtim.tv_sec, (long) st->st_mtim.tv_nsec);
}

/**
 * ops_plan_file_set_too_large_error:
 * @error: where to put it
 * @size: the size of the file, or of what would be written
 */
void
ops_plan_file_set_too_large_error (GError  **error,
                                   guint64   size)
{
  g_autofree char *text = g_format_size (size);

  g_set_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID,
               /* Translators: %s is a size such as “40.2 MB” */
               _("The file is too large (%s); a plan file is at most 32 MB"), text);
}

/* Resolves a symbolic link, naming a dangling one or a loop for what it is. */
static char *
resolve_path (const char  *path,
              GError     **error)
{
  struct stat st;
  char *resolved;

  if (lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    {
      set_link_error (error, errno);
      return NULL;
    }

  return resolved;
}

static int
open_regular (const char   *path,
              struct stat  *st,
              GError      **error)
{
  int fd;
  int errsv;

  /* Non-blocking, so that a FIFO does not hang the open. */
  do
    fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  while (fd < 0 && errno == EINTR);
  errsv = errno;

  if (fd < 0)
    {
      struct stat link;

      if ((errsv == ENOENT && lstat (path, &link) == 0 && S_ISLNK (link.st_mode)) || errsv == ELOOP)
        set_link_error (error, errsv);
      else
        set_errno_error (error, errsv);
      return -1;
    }

  if (fstat (fd, st) != 0 || !check_regular (st, error))
    {
      if (error != NULL && *error == NULL)
        set_errno_error (error, errno);
      close (fd);
      return -1;
    }

  return fd;
}

/* Reads all of @fd, failing beyond @cap bytes. */
static GBytes *
read_all (int      fd,
          gsize    cap,
          GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 chunk[READ_CHUNK];

  for (;;)
    {
      gssize n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, chunk, n);
      if (data->len > cap)
        {
          ops_plan_file_set_too_large_error (error, data->len);
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * ops_plan_file_read:
 * @file: a plan file
 * @stamp: (out) (optional): what identifies this version of the file, for
 *   ops_file_replace()
 * @cancellable: (nullable): unused; a read of at most 32 MB finishes
 * @error: a #G_IO_ERROR, or %OPS_ERROR_PLAN_INVALID for a file too large
 *
 * Reads a regular file of at most %OPS_PLAN_MAX_FILE_SIZE, checking the
 * size before reading and again while reading, in case it grows. A FIFO,
 * a device or a folder is refused without being read, and a dangling link
 * or a loop of links gets a message of its own.
 *
 * Returns: (transfer full): the content
 */
GBytes *
ops_plan_file_read (GFile         *file,
                    char         **stamp,
                    GCancellable  *cancellable,
                    GError       **error)
{
  const char *path = g_file_peek_path (file);
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be plans"));
      return NULL;
    }

  fd = open_regular (path, &st, error);
  if (fd < 0)
    return NULL;

  if ((guint64) st.st_size > OPS_PLAN_MAX_FILE_SIZE)
    ops_plan_file_set_too_large_error (error, st.st_size);
  else
    bytes = read_all (fd, OPS_PLAN_MAX_FILE_SIZE, error);
  close (fd);

  if (bytes != NULL && stamp != NULL)
    *stamp = stamp_of (&st);

  return g_steal_pointer (&bytes);
}

static gboolean
place_open (Place       *place,
            GFile       *file,
            GError     **error)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be written"));
      return FALSE;
    }

  target = resolve_path (path, error);
  if (target == NULL)
    return FALSE;

  dir = g_path_get_dirname (target);
  place->name = g_path_get_basename (target);
  do
    place->dirfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  while (place->dirfd < 0 && errno == EINTR);
  if (place->dirfd < 0)
    {
      set_errno_error (error, errno);
      return FALSE;
    }

  return TRUE;
}

/**
 * ops_file_is_temporary_name:
 * @entry: a name in a folder
 * @name: the name of a file we replace there
 *
 * Whether @entry is one of our temporary files for @name or its backup:
 * ".NAME.opsladder-XXXXXX" or ".NAME~.opsladder-XXXXXX". Nothing else
 * matches, so cleaning up never removes someone else's file.
 *
 * Returns: %TRUE for our temporary files
 */
gboolean
ops_file_is_temporary_name (const char *entry,
                            const char *name)
{
  gsize len = strlen (name);
  const char *rest;

  if (entry[0] != '.' || strncmp (entry + 1, name, len) != 0)
    return FALSE;
  rest = entry + 1 + len;
  if (rest[0] == '~')
    rest++;
  if (!g_str_has_prefix (rest, TEMP_MARK))
    return FALSE;
  rest += strlen (TEMP_MARK);
  for (guint i = 0; i < TEMP_RANDOM; i++)
    if (!g_ascii_isalnum (rest[i]))
      return FALSE;

  return rest[TEMP_RANDOM] == '\0';
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      len -= n;
    }

  return TRUE;
}

static int
sync_fd (int fd)
{
  int r;

  do
    r = fsync (fd);
  while (r != 0 && errno == EINTR);

  return r;
}

static int
create_temporary (const Place  *place,
                  const char   *for_name,
                  char        **temp_name)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char random[TEMP_RANDOM + 1] = { 0 };
      g_autofree char *name = NULL;
      int fd;

      for (guint i = 0; i < TEMP_RANDOM; i++)
        random[i] = chars[g_random_int_range (0, sizeof chars - 1)];
      name = g_strconcat (".", for_name, TEMP_MARK, random, NULL);

      do
        fd = openat (place->dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
      while (fd < 0 && errno == EINTR);
      if (fd >= 0)
        {
          *temp_name = g_steal_pointer (&name);
          return fd;
        }
      if (errno != EEXIST)
        return -1;
    }

  errno = EEXIST;
  return -1;
}

static void
remove_temporary (const Place *place,
                  const char  *temp_name)
{
  int r;

  /* If even this fails, the next load removes it. */
  do
    r = unlinkat (place->dirfd, temp_name, 0);
  while (r != 0 && errno == EINTR);
}

/* Writes @bytes to a new temporary file beside @for_name and syncs it.
 * Returns its name, and its stamp in @stamp; on failure nothing is left. */
static char *
write_temporary (const Place  *place,
                 const char   *for_name,
                 GBytes       *bytes,
                 mode_t        mode,
                 char        **stamp,
                 GError      **error)
{
  g_autofree char *temp_name = NULL;
  struct stat st;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  int fd;
  int errsv;

  fd = create_temporary (place, for_name, &temp_name);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  /* Keep the old file's permissions; a file system without them (FAT)
   * refuses, which is no reason to fail. */
  if (mode != 0)
    (void) fchmod (fd, mode);

  if (!write_all (fd, data, len) || sync_fd (fd) != 0 || fstat (fd, &st) != 0)
    {
      errsv = errno;
      close (fd);
      remove_temporary (place, temp_name);
      set_errno_error (error, errsv);
      return NULL;
    }

  /* Linux releases the descriptor even when close() is interrupted; the
   * data is synced already, so only a real error counts. */
  if (close (fd) != 0 && errno != EINTR)
    {
      errsv = errno;
      remove_temporary (place, temp_name);
      set_errno_error (error, errsv);
      return NULL;
    }

  if (stamp != NULL)
    *stamp = stamp_of (&st);

  return g_steal_pointer (&temp_name);
}

static gboolean
rename_into_place (const Place  *place,
                   const char   *temp_name,
                   const char   *name,
                   GError      **error)
{
  int r;

  do
    r = renameat (place->dirfd, temp_name, place->dirfd, name);
  while (r != 0 && errno == EINTR);

  if (r != 0)
    {
      int errsv = errno;

      remove_temporary (place, temp_name);
      set_errno_error (error, errsv);
      return FALSE;
    }

  return TRUE;
}

/* "NAME~" gets a copy of @fd's content, never a link to it. */
static gboolean
write_backup (const Place        *place,
              int                 fd,
              const struct stat  *st,
              GError            **error)
{
  g_autofree char *backup_name = g_strconcat (place->name, "~", NULL);
  g_autofree char *temp_name = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GError) local_error = NULL;

  old = read_all (fd, st->st_size, &local_error);
  /* Longer or shorter than it was a moment ago: someone is writing it. */
  if ((old == NULL && g_error_matches (local_error, OPS_ERROR, OPS_ERROR_PLAN_INVALID)) ||
      (old != NULL && g_bytes_get_size (old) != (gsize) st->st_size))
    {
      set_conflict_error (error);
      return FALSE;
    }
  if (old == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  temp_name = write_temporary (place, backup_name, old, st->st_mode & 07777, NULL, &local_error);
  if (temp_name == NULL || !rename_into_place (place, temp_name, backup_name, &local_error))
    {
      /* A full disk is a full disk, whichever file found it. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP,
                   /* Translators: %s says why, e.g. “No space left on device” */
                   _("could not keep the previous version as a backup: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Whether NAME is still the file we opened (or still missing). */
static gboolean
unchanged (const Place *place,
           const char  *old_stamp)
{
  struct stat st;
  g_autofree char *now = NULL;

  if (fstatat (place->dirfd, place->name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return old_stamp == NULL && errno == ENOENT;

  now = stamp_of (&st);
  return g_strcmp0 (now, old_stamp) == 0;
}

/* Looks at the current file, if any, and checks it is the version
 * expected. With @fd, opens it too, to copy it: the stamp is then the
 * open file's. Returns FALSE with @error unset when there is none. */
static gboolean
find_current (const Place  *place,
              const char   *expected_stamp,
              int          *fd,
              struct stat  *st,
              char        **stamp,
              GError      **error)
{
  int r;

  if (fd != NULL)
    {
      do
        *fd = openat (place->dirfd, place->name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
      while (*fd < 0 && errno == EINTR);
      r = *fd < 0 ? -1 : fstat (*fd, st);
    }
  else
    r = fstatat (place->dirfd, place->name, st, AT_SYMLINK_NOFOLLOW);

  if (r != 0)
    {
      if (errno != ENOENT)
        set_errno_error (error, errno);
    }
  else if (check_regular (st, error))
    {
      *stamp = stamp_of (st);
      if (expected_stamp == NULL || strcmp (*stamp, expected_stamp) == 0)
        return TRUE;
      g_set_error_literal (error, OPS_ERROR, OPS_ERROR_PLAN_CHANGED,
                           _("another program changed the file since it was last read"));
    }

  if (fd != NULL && *fd >= 0)
    close (*fd);
  return FALSE;
}

static gboolean
is_version (const Place *place,
            const char  *name,
            const char  *stamp)
{
  struct stat st;
  g_autofree char *now = NULL;

  if (fstatat (place->dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return FALSE;
  now = stamp_of (&st);

  return g_strcmp0 (now, stamp) == 0;
}

static int
exchange (const Place *place,
          const char  *temp_name,
          unsigned     flags)
{
  int r;

  do
    r = renameat2 (place->dirfd, temp_name, place->dirfd, place->name, flags);
  while (r != 0 && errno == EINTR);

  return r;
}

/* Step 5: the temporary file takes NAME's place, unless another program
 * wrote NAME after we read it (@old_stamp; %NULL: there was no file). */
static gboolean
put_in_place (const Place  *place,
              const char   *temp_name,
              const char   *old_stamp,
              GError      **error)
{
  int errsv;

  if (!unchanged (place, old_stamp))
    {
      remove_temporary (place, temp_name);
      set_conflict_error (error);
      return FALSE;
    }

  if (exchange (place, temp_name, old_stamp != NULL ? RENAME_EXCHANGE : RENAME_NOREPLACE) == 0)
    {
      /* @temp_name now holds what NAME held. */
      if (old_stamp == NULL || is_version (place, temp_name, old_stamp))
        {
          if (old_stamp != NULL)
            remove_temporary (place, temp_name);
          return TRUE;
        }
      /* Written after our check: theirs goes back, ours goes. */
      if (exchange (place, temp_name, RENAME_EXCHANGE) == 0)
        remove_temporary (place, temp_name);
      set_conflict_error (error);
      return FALSE;
    }

  errsv = errno;
  if (errsv == EINVAL || errsv == ENOSYS || errsv == ENOTSUP)
    return rename_into_place (place, temp_name, place->name, error);

  remove_temporary (place, temp_name);
  /* Created, or removed, since our check. */
  if (errsv == EEXIST || errsv == ENOENT)
    set_conflict_error (error);
  else
    set_errno_error (error, errsv);
  return FALSE;
}

/* Makes the rename durable. Some file systems (FUSE, network) cannot sync
 * a folder; that is no failure of ours. */
static gboolean
sync_folder (const Place  *place,
             GError      **error)
{
  if (sync_fd (place->dirfd) == 0 || errno == EINVAL || errno == ENOTSUP || errno == ENOSYS || errno == EROFS)
    return TRUE;

  set_errno_error (error, errno);
  return FALSE;
}

/**
 * ops_file_replace:
 * @file: the file to replace; a symbolic link is followed, and the file
 *   it leads to is replaced
 * @bytes: the new content
 * @expected_stamp: (nullable): the stamp of the version last read or
 *   written (from ops_plan_file_read() or @new_stamp); if the file is
 *   another version now, nothing is written. %NULL to replace any version
 * @flags: %OPS_REPLACE_BACKUP to keep the old content as "NAME~" first
 * @new_stamp: (out) (optional): the stamp of the new file; it is set
 *   whenever the new content is in place, even if syncing the folder
 *   failed afterwards and %FALSE is returned
 * @cancellable: (nullable): checked before the new file is put in place
 * @error: %OPS_ERROR_PLAN_CHANGED when another program changed the file
 *   (before or during the replace), a #G_IO_ERROR otherwise
 *
 * Replaces @file atomically (see the top of this file): whatever fails or
 * kills the process, @file holds either its old or its new content.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_file_replace (GFile            *file,
                  GBytes           *bytes,
                  const char       *expected_stamp,
                  OpsReplaceFlags   flags,
                  char            **new_stamp,
                  GCancellable     *cancellable,
                  GError          **error)
{
  g_auto(Place) place = { NULL, -1 };
  g_autofree char *old_stamp = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GError) local_error = NULL;
  struct stat st = { 0 };
  gboolean backup;
  gboolean existed;
  int fd = -1;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!place_open (&place, file, error))
    return FALSE;

  backup = (flags & OPS_REPLACE_BACKUP) != 0;
  existed = find_current (&place, expected_stamp, backup ? &fd : NULL, &st, &old_stamp, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existed && backup)
    {
      gboolean backed_up = write_backup (&place, fd, &st, error);

      close (fd);
      if (!backed_up)
        return FALSE;
    }

  temp_name = write_temporary (&place, place.name, bytes, existed ? st.st_mode & 07777 : 0, &stamp, error);
  if (temp_name == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      remove_temporary (&place, temp_name);
      return FALSE;
    }
  if (!put_in_place (&place, temp_name, old_stamp, error))
    return FALSE;
  if (new_stamp != NULL)
    *new_stamp = g_steal_pointer (&stamp);

  return sync_folder (&place, error);
}

/**
 * ops_plan_file_clean_temporaries:
 * @file: a plan file
 *
 * Removes the temporary files a killed save of @file left behind (see
 * ops_file_is_temporary_name()). Call it only while no save of @file is
 * under way.
 *
 * Returns: how many were removed
 */
guint
ops_plan_file_clean_temporaries (GFile *file)
{
  g_auto(Place) place = { NULL, -1 };
  DIR *dir;
  struct dirent *entry;
  guint n = 0;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), 0);

  if (!place_open (&place, file, NULL))
    return 0;

  fd = dup (place.dirfd);
  if (fd < 0 || (dir = fdopendir (fd)) == NULL)
    {
      if (fd >= 0)
        close (fd);
      return 0;
    }

  while ((entry = readdir (dir)) != NULL)
    if (ops_file_is_temporary_name (entry->d_name, place.name) &&
        unlinkat (place.dirfd, entry->d_name, 0) == 0)
      n++;
  closedir (dir);

  return n;
}
