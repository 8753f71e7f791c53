// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Scrutiny::Schema {

/// The schema this build writes. PRAGMA user_version holds a database's version;
/// 0 is a new, empty database.
constexpr int currentVersion = 13;
/// PRAGMA application_id of a Scrutiny project ("SCRT"), so other SQLite files are refused.
constexpr qint32 applicationId = 0x53435254;

int version(const QSqlDatabase &db);

/// Applies the numbered migrations from the database's version up to target, all
/// in one transaction (which the caller must not have opened). Throws StoreFailure;
/// then nothing has changed. target < currentVersion exists for the upgrade tests.
void migrate(const QSqlDatabase &db, int target = currentVersion);

} // namespace Scrutiny::Schema
