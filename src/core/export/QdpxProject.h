// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scrutiny {

/// A REFI-QDA project (.qdpx: a zip holding project.qde, XML in the namespace
/// urn:QDA-XML:project:1.0, and the sources under sources/), the exchange
/// format of ATLAS.ti, NVivo, MAXQDA and QualCoder. Scrutiny writes one text
/// source per report; tags become codes (with their hierarchy), segments
/// plain-text selections with codings, notes notes, links links. GUIDs are
/// name-based (UUID v5) from the report's sha256 and the item, so exporting the
/// same report twice gives the same GUIDs.
struct QdpxProject
{
    struct Code
    {
        QString guid;
        QString name;
        QString colour; ///< "#RRGGBB" or empty
        QString description;
        QString parentGuid; ///< empty: top level
    };
    struct Selection
    {
        QString guid;
        QString name; ///< Scrutiny's segment id ("F3")
        QString description; ///< kind, polarity, speaker
        qsizetype start = 0; ///< code points into the source text
        qsizetype end = 0;
        QStringList codeGuids;
        QStringList noteGuids;
    };
    struct Source
    {
        QString guid;
        QString name;
        QString text;
        QList<Selection> selections;
        QStringList noteGuids;
    };
    struct ProjectNote
    {
        QString guid;
        QString name;
        QString text;
        QDateTime created;
    };
    struct ProjectLink
    {
        QString guid;
        QString name; ///< the link type ("addresses")
        QString originGuid;
        QString targetGuid;
        QStringList noteGuids;
    };

    QString name;
    QString origin;
    QList<Code> codes;
    QList<Source> sources;
    QList<ProjectNote> notes;
    QList<ProjectLink> links;

    /// The .qdpx bytes of an annotated report.
    /// author: who made the export (the store's configured author), the creating user of everything but links.
    static QByteArray write(const AnnotatedReport &annotated,
        const QDateTime &created = QDateTime::currentDateTimeUtc(), const QString &author = {});
    /// Reads a .qdpx (stored entries) or a bare project.qde; nullopt with *error otherwise.
    static std::optional<QdpxProject> read(const QByteArray &bytes, QString *error);
    /// Just the project.qde XML, for checking against the schema.
    static QByteArray projectXml(const AnnotatedReport &annotated, const QDateTime &created, QString *sourceFileName,
        const QString &author = {});
    /// Segment kinds are codes too, under one parent code: their GUIDs are fixed.
    static QString segmentKindsCodeGuid();
    static QString segmentKindCodeGuid(SegmentKind kind);
    /// A priority's plan entry travels as a note on its selection with this name.
    static QString planNoteName(const QString &priority);
    static QString planText(const PlanItem &item);

    /// Back to Scrutiny's model: the first source's text, its selections as
    /// segments (kinds from their ids), codes as tags (not the segment-kind
    /// codes), codings, notes (not the plan's), links.
    std::optional<AnnotatedReport> toAnnotatedReport(QString *error) const;

    static bool exportTo(
        const AnnotatedReport &annotated, const QString &path, QString *error, const QString &author = {});
};

} // namespace Scrutiny
