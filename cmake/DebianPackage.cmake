# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for the Debian package that tools/package builds (`cpack -G DEB`
# in a build directory). Shared libraries are found by dpkg-shlibdeps; what is
# loaded at run time (plugins, the dictionary, the fonts exports use) is listed.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scrutiny)
set(CPACK_PACKAGE_VENDOR "The Scrutiny developers")
set(CPACK_PACKAGE_CONTACT ${SCRUTINY_CONTACT}) # top-level CMakeLists.txt
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "read, tag and cross-link inspection reports")
set(CPACK_PACKAGE_DESCRIPTION "Scrutiny opens inspection reports (plain text, saved web pages, PDF) and
splits them into the overall judgement, findings, priorities for action,
attributed quotes and the inspected body's response. Findings can be tagged
and linked to the priorities they support, with notes and an action plan,
and exported as an annotated PDF or HTML committee pack. In Welsh and English.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# No Homepage field until the project has a web address (SCRUTINY_HOMEPAGE).
if(SCRUTINY_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SCRUTINY_HOMEPAGE})
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver of
# Qt Sql, the SVG icon engine (window icon), the en-GB dictionary the importer
# repairs words with, and the fonts the PDF and HTML exports name.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins, hunspell-en-gb, fonts-liberation2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
