// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Scrutiny {

class ReportSession;

/// Switching the window to a project: opens it (read-only when the file or its
/// folder may not be changed), goes back to the project that was open when it
/// cannot be opened, reopens the report the user last read in it, and keeps the
/// last project and the recent files in the settings.
class ProjectOpener : public QObject
{
    Q_OBJECT
public:
    explicit ProjectOpener(ReportSession *session, QObject *parent = nullptr);

    struct Result
    {
        bool opened = false;
        bool readOnly = false;
        QString error; ///< why it could not be opened (the previous project is open again)
    };
    Result open(const QString &path);

    /// The project opened last (empty before any).
    static QString lastProject();
    static bool isProjectFile(const QString &path);

    /// Reports and projects opened, newest first, at most maximumRecent.
    static QStringList recentFiles();
    static void rememberRecent(const QString &path);
    static void clearRecent();
    static constexpr int maximumRecent = 10;

private:
    /// Remembers which report is open in the project, to reopen it next time.
    void rememberDocument();

    ReportSession *m_session;
};

} // namespace Scrutiny
