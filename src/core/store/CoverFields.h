// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CoverDetails.h"

namespace Scrutiny {

class ProjectStore;

/// The project's committee-pack cover details, kept by the store in its
/// cover_fields table (schema step 5). Each set is one transaction and one
/// journal entry, undone like any other edit. Works on the store's own
/// connection, so it joins its undo history and its read-only refusal.
namespace CoverFields {

/// Empty fields when never set (or when no project is open).
CoverDetails read(const ProjectStore &store);
/// Sets one field (an empty value clears it).
bool set(ProjectStore &store, CoverDetails::Field field, const QString &value, QString *error);
/// Sets every field at once (the export dialog).
bool setAll(ProjectStore &store, const CoverDetails &details, QString *error);

} // namespace CoverFields
} // namespace Scrutiny
