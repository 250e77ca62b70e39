#pragma once

#include <QStringList>

namespace app {

// The most recently opened or saved scenario files, newest first, kept in the
// settings so that they survive a restart.
class RecentFiles {
public:
    static constexpr int kMaxEntries = 8;

    QStringList paths() const;
    // Puts `path` first (moving it if it is already listed).
    void add(const QString& path);
    // Forgets a path, e.g. one that could not be opened any more.
    void remove(const QString& path);
    void clear();
};

} // namespace app
