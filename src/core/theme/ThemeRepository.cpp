// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/ThemeRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Scrutiny::ThemeRepository {

KSyntaxHighlighting::Repository &shared()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Scrutiny::ThemeRepository
