# SPDX-License-Identifier: GPL-3.0-or-later
# test_install: `cmake --install` into an empty prefix puts every file a desktop
# needs where the freedesktop specifications look for it, and the installed
# .desktop and metainfo files validate.
# cmake -DBUILD_DIR=... -DWORK_DIR=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... [-DHOMEPAGE=...]
#     -P InstallTree.cmake
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/usr
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected
    bin/scrutiny
    bin/scrutiny-cli
    share/applications/org.scrutiny.Scrutiny.desktop
    share/metainfo/org.scrutiny.Scrutiny.metainfo.xml
    share/mime/packages/org.scrutiny.Scrutiny.xml
    share/icons/hicolor/scalable/apps/org.scrutiny.Scrutiny.svg
    share/icons/hicolor/48x48/apps/org.scrutiny.Scrutiny.png
    share/icons/hicolor/256x256/apps/org.scrutiny.Scrutiny.png
    share/man/man1/scrutiny.1.gz
    share/man/man1/scrutiny-cli.1.gz)
foreach(path ${expected})
    if(NOT EXISTS ${WORK_DIR}/usr/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
# Nothing of the build or the tests leaks into the install.
file(GLOB_RECURSE installed RELATIVE ${WORK_DIR}/usr ${WORK_DIR}/usr/*)
foreach(path ${installed})
    if(path MATCHES "(^|/)(test_|bench_)|scrutiny-screenshots")
        message(FATAL_ERROR "installed, but only for developers: ${path}")
    endif()
endforeach()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${WORK_DIR}/usr/share/applications/org.scrutiny.Scrutiny.desktop
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${output}")
endif()
# Without SCRUTINY_HOMEPAGE the metainfo has no homepage rather than a made-up one;
# AppStream warns of that (url-homepage-missing), which is all it may say then.
set(no_homepage)
if(NOT HOMEPAGE)
    set(no_homepage --override=url-homepage-missing=info)
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --explain ${no_homepage}
    ${WORK_DIR}/usr/share/metainfo/org.scrutiny.Scrutiny.metainfo.xml
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${output}")
endif()
# No made-up address: the metainfo names a homepage only when the build was given one.
file(READ ${WORK_DIR}/usr/share/metainfo/org.scrutiny.Scrutiny.metainfo.xml metainfo)
if(metainfo MATCHES "example\\.(org|com)")
    message(FATAL_ERROR "the metainfo names a placeholder address")
endif()
string(FIND "${metainfo}" "<url type=\"homepage\">" at)
if(HOMEPAGE AND at EQUAL -1)
    message(FATAL_ERROR "the metainfo lacks the homepage ${HOMEPAGE}")
elseif(NOT HOMEPAGE AND NOT at EQUAL -1)
    message(FATAL_ERROR "the metainfo names a homepage, but the build has none")
endif()
# The .desktop file's Exec and MIME types, as the issue asks.
file(READ ${WORK_DIR}/usr/share/applications/org.scrutiny.Scrutiny.desktop desktop)
foreach(line "Exec=scrutiny %F" "MimeType=text/plain;text/html;application/pdf;application/x-scrutiny-project;")
    string(FIND "${desktop}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .desktop file lacks ${line}")
    endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
