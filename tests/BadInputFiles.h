// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken inputs for the bad-input tests, written at run time so no
// binary junk lives in the repository: minimal PDFs built object by object
// (negative /Length, a page tree that contains itself, a compression bomb) and
// a damaged project (one page of a table overwritten).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace BadInputFiles {

/// A PDF of these objects (1-based, "1 0 obj" ... added here) with a correct xref table.
inline QByteArray pdf(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

inline QByteArray textPage(const QByteArray &contents, const QByteArray &lengthEntry)
{
    return pdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
        ">>",
        "<< /Length " + lengthEntry + " >>\nstream\n" + contents + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

/// A content stream whose /Length is negative.
inline QByteArray negativeLength()
{
    return textPage("BT /F1 12 Tf 72 700 Td (The council must act.) Tj ET", "-5");
}

/// A page tree whose only kid is the tree itself.
inline QByteArray selfReferencingPages()
{
    return pdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"});
}

/// One page whose content stream inflates to `inflated` bytes of spaces.
inline QByteArray compressionBomb(qsizetype inflated)
{
    QByteArray zlib = qCompress(QByteArray(inflated, ' '), 9).mid(4); // qCompress prefixes the length
    return pdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(zlib.size()) + " /Filter /FlateDecode >>\nstream\n" + zlib + "\nendstream"});
}

/// Overwrites the first page of `table`'s b-tree in a closed project with junk, so
/// any read of that table fails as "database disk image is malformed".
inline bool damageTable(const QString &path, const QString &table)
{
    int page = 0;
    int pageSize = 0;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        // A change and a checkpoint: the project's pages are all in the file, and a connection
        // another ProjectStore holds open sees the database changed and drops its page cache.
        q.exec(QStringLiteral("CREATE TABLE damage_marker (x)"));
        q.exec(QStringLiteral("DROP TABLE damage_marker"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA page_size"));
        pageSize = q.next() ? q.value(0).toInt() : 0;
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        q.exec();
        page = q.next() ? q.value(0).toInt() : 0;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (page < 2 || pageSize <= 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return false;
    return file.write(QByteArray(pageSize, '\xA5')) == pageSize;
}

} // namespace BadInputFiles
