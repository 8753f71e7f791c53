// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "RemovedDocuments.h"
#include "Schema.h"
#include "SqliteHeader.h"
#include "StoredRatings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_UNIX
#include <pwd.h>
#endif

namespace Scrutiny {

using CheckedSql::exec;

// --- Private helpers -------------------------------------------------------

QString sqlKind(SegmentKind kind)
{
    return toString(kind);
}

SegmentKind kindFromSql(const QString &text)
{
    return segmentKindFromString(text).value_or(SegmentKind::Context);
}

QString SegmentLabeller::next(SegmentKind kind)
{
    return segmentLabel(kind, ++m_counts[int(kind)]);
}

QSqlQuery &ProjectStore::Private::statement(const QString &sql)
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            throw CheckedSql::failure(query.lastError());
        it = statements.insert(sql, query);
    }
    return it.value();
}

bool ProjectStore::Private::write(QString *error, const std::function<void()> &action)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "no project is open"));
    if (!damage.isEmpty())
        return fail(damagedMessage());
    if (readOnly)
        return fail(QStringLiteral("%1 is open read-only; nothing can be changed").arg(QDir::toNativeSeparators(path)));
    pendingEntryId = 0;
    try {
        WriteTransaction transaction(db());
        action();
        transaction.commit();
    } catch (const StoreFailure &failure) {
        if (failure.source() == StoreFailure::Source::Damage) {
            markDamaged(failure.message());
            return fail(damagedMessage());
        }
        return fail(failure.message());
    }
    if (pendingEntryId)
        lastEntryId = pendingEntryId;
    return true;
}

void ProjectStore::Private::markDamaged(const QString &message)
{
    if (!damage.isEmpty())
        return;
    damage = message;
    readOnly = true;
    Q_EMIT q->damageFound(damagedMessage());
}

QString ProjectStore::Private::damagedMessage() const
{
    return QStringLiteral("%1 is damaged (%2); it is open read-only and left untouched: make a repaired copy "
                          "(scrutiny-cli repair)")
        .arg(QDir::toNativeSeparators(path), damage);
}

bool ProjectStore::Private::read(QString *error, const std::function<void()> &action) const
{
    if (!isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Scrutiny::ProjectStore", "no project is open");
        return false;
    }
    try {
        action();
    } catch (const StoreFailure &failure) {
        // A read that has no error to fill still reaches the user: through
        // lastReadError(), and, for a damaged file, damage() and damageFound().
        auto *self = const_cast<Private *>(this);
        if (failure.source() != StoreFailure::Source::Store)
            self->lastReadError = failure.message();
        if (failure.source() == StoreFailure::Source::Damage)
            self->markDamaged(failure.message());
        if (error)
            *error = failure.source() == StoreFailure::Source::Damage ? damagedMessage() : failure.message();
        return false;
    }
    return true;
}

void ProjectStore::Private::record(const QString &action, const QString &description, qint64 documentId,
    const QList<Journal::Scope> &scopes, const std::function<void()> &change)
{
    Journal journal(db());
    const QJsonObject before = journal.capture(scopes);
    change();
    const QJsonObject after = journal.capture(scopes);
    append({{}, {}, action, description, documentId, before, after, Journal::UndoState::Done});
}

qint64 ProjectStore::Private::append(Journal::Entry entry)
{
    entry.who = author;
    entry.session = sessionId;
    pendingEntryId = Journal(db()).append(std::move(entry));
    return pendingEntryId;
}

void ProjectStore::Private::requireDocument(qint64 documentId) const
{
    if (!CheckedSql::scalar(db(), QStringLiteral("SELECT 1 FROM documents WHERE id = ?"), {documentId}).isValid())
        throw StoreFailure(
            QCoreApplication::translate("Scrutiny::ProjectStore", "no document %1 in the project").arg(documentId));
}

StoredSegment ProjectStore::Private::segment(qint64 documentId, const QString &label) const
{
    const QString trimmed = label.trimmed();
    bool ok = false;
    const int rank = trimmed.mid(1).toInt(&ok);
    const auto kind = trimmed.isEmpty() ? std::nullopt : segmentKindFromIdPrefix(trimmed.at(0).toUpper());
    if (!ok || rank < 1 || !kind) {
        requireDocument(documentId);
        throw StoreFailure(QStringLiteral("\"%1\" is not a segment id (like F3 or P2)").arg(label));
    }
    QSqlQuery query = exec(db(),
        QStringLiteral("SELECT id FROM segments WHERE document_id = ? AND kind = ? "
                       "ORDER BY start, id LIMIT 1 OFFSET ?"),
        {documentId, sqlKind(*kind), rank - 1});
    if (!query.next()) {
        requireDocument(documentId);
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "document %1 has no segment %2")
                               .arg(documentId)
                               .arg(trimmed.toUpper()));
    }
    return StoredSegment {query.value(0).toLongLong(), documentId, *kind, segmentLabel(*kind, rank)};
}

QString ProjectStore::Private::label(qint64 segmentId) const
{
    QSqlQuery query = exec(db(),
        QStringLiteral("SELECT s.kind, (SELECT count(*) FROM segments o WHERE o.document_id = s.document_id "
                       "AND o.kind = s.kind AND (o.start < s.start OR (o.start = s.start AND o.id <= s.id))) "
                       "FROM segments s WHERE s.id = ?"),
        {segmentId});
    if (!query.next())
        return {};
    return segmentLabel(kindFromSql(query.value(0).toString()), query.value(1).toLongLong());
}

QHash<qint64, QString> ProjectStore::Private::labels(qint64 documentId) const
{
    QHash<qint64, QString> out;
    SegmentLabeller labeller;
    QSqlQuery query = exec(
        db(), QStringLiteral("SELECT id, kind FROM segments WHERE document_id = ? ORDER BY start, id"), {documentId});
    while (query.next())
        out.insert(query.value(0).toLongLong(), labeller.next(kindFromSql(query.value(1).toString())));
    return out;
}

// --- Opening ---------------------------------------------------------------

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->author = defaultAuthor();
    d->sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ProjectStore::defaultAuthor()
{
    QString author = qEnvironmentVariable("SCRUTINY_AUTHOR").trimmed();
#ifdef Q_OS_UNIX
    // The full name is the first comma-separated field of the password entry's gecos.
    if (author.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_gecos)
            author = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    }
#endif
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (author.isEmpty())
            author = qEnvironmentVariable(variable).trimmed();
    }
    if (author.isEmpty())
        author = QDir::home().dirName();
    return author;
}

ProjectStore::~ProjectStore()
{
    close();
}

QString ProjectStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/default.scrutiny");
}

namespace {
/// Empty when `PRAGMA quick_check` passes, else its first complaint.
QString quickCheckProblem(const QSqlDatabase &db)
{
    try {
        const QString result = CheckedSql::scalar(db, QStringLiteral("PRAGMA quick_check(1)")).toString();
        return result == QLatin1StringView("ok") ? QString() : result.simplified();
    } catch (const StoreFailure &failure) {
        if (failure.source() == StoreFailure::Source::Damage)
            return failure.message();
        throw;
    }
}
} // namespace

bool ProjectStore::writableByUser(const QString &path)
{
    // The owner's permission bits, not access(): root may write anything, but a file or
    // folder without write permission says what its owner meant.
    const QFileInfo info(path);
    if (info.ownerId() == ::geteuid())
        return info.permissions() & QFileDevice::WriteOwner;
    return info.isWritable();
}

bool ProjectStore::open(const QString &path, QString *error, bool readOnly)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(shown, why);
        close();
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "no project file given"));
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0 && errno == ELOOP)
        return fail(
            QCoreApplication::translate("Scrutiny::ProjectStore", "is a loop of symbolic links, not a project file"));
    const QFileInfo info(path);
    const bool folderWritable = writableByUser(info.absolutePath());
    bool wal = false;
    bool immutable = false;
    if (info.exists()) {
        if (info.isDir())
            return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "is a directory, not a project file"));
        // Checked before the header is read: reading a FIFO would wait for a writer.
        if (!S_ISREG(status.st_mode))
            return fail(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "is not a regular file (a device, pipe or socket), not a project file"));
        QString problem;
        const auto header = SqliteHeader::read(path, &problem);
        if (!header)
            return fail(problem + QStringLiteral("; it was left untouched"));
        if (header->applicationId != 0 && header->applicationId != Schema::applicationId)
            return fail(QCoreApplication::translate("Scrutiny::ProjectStore",
                "an SQLite database of another program, not a Scrutiny project; it was left untouched"));
        if (header->userVersion > Schema::currentVersion)
            return fail(QCoreApplication::translate("Scrutiny::ProjectStore",
                "was written by a newer version of Scrutiny (schema %1; this version reads up to %2); "
                "it was left untouched")
                            .arg(header->userVersion)
                            .arg(Schema::currentVersion));
        if (!readOnly && header->fileSize == 0 && !folderWritable)
            return fail(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "its folder is read-only; a new project cannot be made there"));
        wal = header->wal;
        const bool writable = (info.permissions() & QFileDevice::WriteOwner) && QFile(path).open(QIODevice::ReadWrite);
        if (!readOnly && !writable)
            return fail(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "the file is read-only; open it read-only to read it"));
        if (!readOnly && !folderWritable)
            return fail(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "its folder is read-only; open it read-only to read it"));
        // In a read-only folder SQLite cannot make the shared-memory file a WAL
        // database needs even to read: nobody can write there, so read it as immutable.
        immutable = readOnly && (!folderWritable || d->immutableRetry);
    } else if (readOnly) {
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "no such file"));
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (!folderWritable) {
        return fail(QCoreApplication::translate(
            "Scrutiny::ProjectStore", "the folder %1 is read-only; a new project cannot be made there")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    d->path = path;
    d->readOnly = readOnly;
    d->damage.clear();
    d->lastReadError.clear();
    auto connect = [&](bool asReadOnly) -> QString {
        d->connectionName = QStringLiteral("scrutiny-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->busyTimeoutMs);
        if (asReadOnly && immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
            if (asReadOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
        if (!db.open())
            return CheckedSql::describe(db.lastError());
        return {};
    };
    // The QSqlDatabase handle is gone before fail() removes the connection (no "still in use" warning).
    if (const QString problem = connect(readOnly); !problem.isEmpty())
        return fail(problem);
    try {
        const QSqlDatabase db = d->db();
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // Reading the schema is what makes SQLite notice a damaged file.
        const int tables = CheckedSql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        const int version = Schema::version(db);
        const qint32 applicationId = CheckedSql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        if (version > Schema::currentVersion)
            throw StoreFailure(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "was written by a newer version of Scrutiny; it was left untouched"));
        if ((version == 0 && tables > 0) || (applicationId != 0 && applicationId != Schema::applicationId))
            throw StoreFailure(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "an SQLite database but not a Scrutiny project; it was left untouched"));
        // A damaged file is read, never written: reopened read-only, not migrated.
        d->damage = tables > 0 ? quickCheckProblem(db) : QString();
        if (!d->damage.isEmpty())
            d->readOnly = true;
        else if (!readOnly) {
            if (!wal) {
                const QString mode = CheckedSql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
                if (mode.compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
                    throw StoreFailure(QCoreApplication::translate(
                        "Scrutiny::ProjectStore", "cannot switch the database to WAL mode"));
            }
            // WAL with NORMAL stays atomic and consistent after a crash; only the last
            // commit may be lost on power failure. Worth it for per-action commits.
            exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            if (version < Schema::currentVersion)
                Schema::migrate(db);
        } else if (version < Schema::currentVersion) {
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore",
                "needs upgrading to this version's schema, which a read-only file does not allow"));
        }
    } catch (const StoreFailure &failure) {
        // A full disk: SQLite cannot set up the shared memory even a read of a WAL database
        // needs. With nothing in the WAL, reading the file alone (immutable) misses nothing.
        const QFileInfo walFile(path + QStringLiteral("-wal"));
        if (readOnly && !immutable && failure.source() == StoreFailure::Source::Database
            && (!walFile.exists() || walFile.size() == 0)) {
            close();
            d->immutableRetry = true;
            const bool ok = open(path, error, true);
            d->immutableRetry = false;
            return ok;
        }
        // SQLite says "disk I/O error" when it cannot even make its WAL files on a full disk.
        const QStorageInfo disk(info.absolutePath());
        if (failure.source() == StoreFailure::Source::Database && disk.isValid() && disk.bytesAvailable() < 65536)
            return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "the disk is full (%1)")
                            .arg(QString::fromLocal8Bit(std::strerror(ENOSPC))));
        return fail(failure.message());
    }
    if (!d->damage.isEmpty() && !readOnly) {
        close();
        if (const QString problem = connect(true); !problem.isEmpty())
            return fail(problem);
        QSqlQuery(d->db()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    return true;
}

void ProjectStore::close()
{
    if (!d->isOpen())
        return;
    d->statements.clear();
    const QString name = d->connectionName;
    d->connectionName.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool ProjectStore::isOpen() const
{
    return d->isOpen();
}

QString ProjectStore::path() const
{
    return d->isOpen() ? d->path : QString();
}

void ProjectStore::setAuthor(const QString &author)
{
    d->author = author;
}

QString ProjectStore::author() const
{
    return d->author;
}

void ProjectStore::setSessionId(const QString &sessionId)
{
    d->sessionId = sessionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : sessionId;
}

QString ProjectStore::sessionId() const
{
    return d->sessionId;
}

qint64 ProjectStore::lastEntryId() const
{
    return d->lastEntryId;
}

void ProjectStore::setBusyTimeout(int milliseconds)
{
    d->busyTimeoutMs = qMax(0, milliseconds);
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

QString ProjectStore::damage() const
{
    return d->damage.isEmpty() ? QString() : d->damagedMessage();
}

QString ProjectStore::lastReadError() const
{
    return d->lastReadError;
}

int ProjectStore::schemaVersion() const
{
    int version = 0;
    d->read(nullptr, [&] { version = Schema::version(d->db()); });
    return version;
}

// --- Documents -------------------------------------------------------------

QList<ProjectStore::DocumentSummary> ProjectStore::documents() const
{
    QList<DocumentSummary> out;
    d->read(nullptr, [&] {
        QSqlQuery query = exec(d->db(), QStringLiteral(R"(
            SELECT d.id, d.title, d.file_name, d.format, d.imported_at, d.serving, d.prospects,
                (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.kind = 'finding'),
                (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.kind = 'priority'),
                (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.kind = 'quote'),
                (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.kind = 'response'),
                (SELECT count(*) FROM links l WHERE l.document_id = d.id),
                (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.reviewed = 0
                    AND s.confidence < ?),
                d.structure_recognised, d.ratings
            FROM documents d ORDER BY d.id)"),
            {Segment::lowConfidence()});
        while (query.next()) {
            DocumentSummary s;
            s.id = query.value(0).toLongLong();
            s.title = query.value(1).toString();
            s.fileName = query.value(2).toString();
            s.format = query.value(3).toString();
            s.importedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC);
            s.judgement = Judgement {query.value(5).toString(), query.value(6).toString()};
            s.findings = query.value(7).toInt();
            s.priorities = query.value(8).toInt();
            s.quotes = query.value(9).toInt();
            s.responses = query.value(10).toInt();
            s.links = query.value(11).toInt();
            s.needsReview = query.value(12).toInt();
            s.structureRecognised = query.value(13).toInt() != 0;
            s.ratings = StoredRatings::fromJson(query.value(14).toString());
            out.append(s);
        }
    });
    return out;
}

QByteArray ProjectStore::originalBytes(qint64 documentId) const
{
    QByteArray bytes;
    d->read(nullptr, [&] {
        bytes = CheckedSql::scalar(
            d->db(), QStringLiteral("SELECT bytes FROM originals WHERE document_id = ?"), {documentId})
                    .toByteArray();
    });
    return bytes;
}

bool ProjectStore::removeDocument(qint64 documentId, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->requireDocument(documentId);
        const QSqlDatabase db = d->db();
        const QString name
            = CheckedSql::scalar(db, QStringLiteral("SELECT file_name FROM documents WHERE id = ?"), {documentId})
                  .toString();
        // A series keeps its other reports: those that followed this one now follow
        // what it followed (or start the series). Their progress links stay.
        const QVariant predecessor = CheckedSql::scalar(
            db, QStringLiteral("SELECT follows_id FROM follow_ups WHERE document_id = ?"), {documentId});
        // One undoable step: the images hold every row that goes (or is redirected),
        // so undo puts the report back with the same ids and whatever pointed at it.
        d->record(RemovedDocuments::action(), QStringLiteral("remove document %1 (%2)").arg(documentId).arg(name),
            documentId, RemovedDocuments::scopes(db, documentId), [&] {
                if (predecessor.isValid())
                    exec(db, QStringLiteral("UPDATE follow_ups SET follows_id = ? WHERE follows_id = ?"),
                        {predecessor, documentId});
                RemovedDocuments::keep(db, documentId);
                exec(db, QStringLiteral("DELETE FROM documents WHERE id = ?"), {documentId});
            });
    });
    if (ok) {
        Q_EMIT documentsChanged();
        Q_EMIT undoStateChanged();
    }
    return ok;
}

void readAnnotations(
    const QSqlDatabase &db, qint64 documentId, const QHash<qint64, QString> &labels, AnnotatedReport *into)
{
    // Tags used here, with their ancestors so a hierarchy can be drawn.
    QSqlQuery tags = exec(db, QStringLiteral(R"(
        WITH RECURSIVE used(id) AS (
            SELECT st.tag_id FROM segment_tags st JOIN segments s ON s.id = st.segment_id WHERE s.document_id = ?
            UNION SELECT t.parent_id FROM tags t JOIN used ON t.id = used.id WHERE t.parent_id IS NOT NULL)
        SELECT id, name, colour, description, coalesce(parent_id, 0), coalesce(key, 0) FROM tags
        WHERE id IN (SELECT id FROM used)
        ORDER BY name COLLATE NOCASE)"),
        {documentId});
    while (tags.next())
        into->tags.append(Tag {tags.value(0).toLongLong(), tags.value(1).toString(), QColor(tags.value(2).toString()),
            tags.value(3).toString(), tags.value(4).toLongLong(), tags.value(5).toInt()});
    QSqlQuery segmentTags = exec(db,
        QStringLiteral("SELECT st.segment_id, st.tag_id FROM segment_tags st JOIN segments s "
                       "ON s.id = st.segment_id WHERE s.document_id = ? ORDER BY st.id"),
        {documentId});
    while (segmentTags.next())
        into->segmentTags[labels.value(segmentTags.value(0).toLongLong())].append(segmentTags.value(1).toLongLong());

    QSqlQuery links = exec(db,
        QStringLiteral("SELECT id, from_segment, to_segment, type, note, author, created FROM links "
                       "WHERE document_id = ? ORDER BY id"),
        {documentId});
    while (links.next())
        into->links.append(Link {links.value(0).toLongLong(), labels.value(links.value(1).toLongLong()),
            labels.value(links.value(2).toLongLong()),
            linkTypeFromString(links.value(3).toString()).value_or(LinkType::Addresses), links.value(4).toString(),
            links.value(5).toString(), QDateTime::fromMSecsSinceEpoch(links.value(6).toLongLong(), QTimeZone::UTC)});

    QSqlQuery notes = exec(db,
        QStringLiteral("SELECT id, segment_id, markdown, modified FROM notes WHERE document_id = ? "
                       "ORDER BY segment_id IS NOT NULL, id"),
        {documentId});
    while (notes.next())
        into->notes.append(Note {notes.value(0).toLongLong(),
            notes.value(1).isNull() ? QString() : labels.value(notes.value(1).toLongLong()), notes.value(2).toString(),
            QDateTime::fromMSecsSinceEpoch(notes.value(3).toLongLong(), QTimeZone::UTC)});

    QSqlQuery plan = exec(db,
        QStringLiteral("SELECT p.id, p.segment_id, p.owner, p.due, p.status, p.evidence, p.action FROM plan_items p "
                       "LEFT JOIN segments s ON s.id = p.segment_id WHERE p.document_id = ? "
                       "ORDER BY s.id IS NULL, s.start, s.id, p.id"),
        {documentId});
    while (plan.next()) {
        PlanItem item {plan.value(1).isNull() ? QString() : labels.value(plan.value(1).toLongLong()),
            plan.value(2).toString(), QDate::fromString(plan.value(3).toString(), Qt::ISODate),
            planStatusFromString(plan.value(4).toString()).value_or(PlanStatus::NotStarted), plan.value(5).toString(),
            plan.value(0).toLongLong(), plan.value(6).toString()};
        into->plan.append(item);
    }
    QSqlQuery history = exec(db,
        QStringLiteral("SELECT h.plan_item_id, h.at, h.who, h.field, h.before, h.after FROM plan_history h "
                       "JOIN plan_items p ON p.id = h.plan_item_id WHERE p.document_id = ? ORDER BY h.id"),
        {documentId});
    while (history.next())
        into->planHistory.append(PlanChange {history.value(0).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(history.value(1).toLongLong(), QTimeZone::UTC), history.value(2).toString(),
            history.value(3).toString(), history.value(4).toString(), history.value(5).toString()});
}

std::optional<AnnotatedReport> ProjectStore::annotatedReport(qint64 documentId, QString *error) const
{
    AnnotatedReport a;
    const bool ok = d->read(error, [&] {
        const QSqlDatabase db = d->db();
        QSqlQuery doc = exec(db,
            QStringLiteral("SELECT file_name, title, format, sha256, imported_at, serving, prospects, repairs, "
                           "removed, suggested_links, text, coalesce((SELECT r.revision FROM segment_revisions r "
                           "WHERE r.document_id = documents.id), 0), structure_recognised, ratings FROM documents "
                           "WHERE id = ?"),
            {documentId});
        if (!doc.next())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "no document %1 in the project").arg(documentId));
        a.documentId = documentId;
        a.fileName = doc.value(0).toString();
        ParsedReport &r = a.report;
        r.title = doc.value(1).toString();
        const QString format = doc.value(2).toString();
        r.format = format == QLatin1StringView("pdf") ? ParsedReport::Format::Pdf
            : format == QLatin1StringView("html")     ? ParsedReport::Format::Html
                                                      : ParsedReport::Format::Text;
        a.sha256 = doc.value(3).toString();
        a.importedAt = QDateTime::fromMSecsSinceEpoch(doc.value(4).toLongLong(), QTimeZone::UTC);
        r.judgement = Judgement {doc.value(5).toString(), doc.value(6).toString()};
        r.text = doc.value(10).toString();
        a.segmentsRevision = doc.value(11).toLongLong();
        r.structureRecognised = doc.value(12).toInt() != 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(doc.value(7).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            r.repairs.append(Repair {o.value(QStringLiteral("before")).toString(),
                o.value(QStringLiteral("after")).toString(), o.value(QStringLiteral("start")).toInteger()});
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(doc.value(8).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            Removal removal;
            removal.reason = removalReasonFromString(o.value(QStringLiteral("reason")).toString());
            removal.text = o.value(QStringLiteral("text")).toString();
            r.removed.append(removal);
        }
        const QJsonArray suggestions = QJsonDocument::fromJson(doc.value(9).toString().toUtf8()).array();

        QHash<qint64, QString> labels;
        SegmentLabeller labeller;
        QSqlQuery segments
            = exec(db, QStringLiteral(R"(SELECT id, kind, side, start, "end", text, speaker_name, speaker_role,
                                      polarity, page, confidence, reason, reviewed FROM segments
                                      WHERE document_id = ? ORDER BY start, id)"),
                {documentId});
        while (segments.next()) {
            Segment s;
            s.kind = kindFromSql(segments.value(1).toString());
            s.id = labeller.next(s.kind);
            s.side = sideFromString(segments.value(2).toString()).value_or(Side::Review);
            s.start = segments.value(3).toLongLong();
            s.end = segments.value(4).toLongLong();
            s.text = segments.value(5).toString();
            s.speakerName = segments.value(6).toString();
            s.speakerRole = segments.value(7).toString();
            s.polarity = polarityFromString(segments.value(8).toString()).value_or(Polarity::None);
            s.page = segments.value(9).toInt();
            s.confidence = segments.value(10).toDouble();
            s.reason = segments.value(11).toString();
            s.reviewed = segments.value(12).toInt() != 0;
            labels.insert(segments.value(0).toLongLong(), s.id);
            a.segmentRows.append(segments.value(0).toLongLong());
            r.segments.append(s);
        }
        for (const QJsonValue &v : suggestions) {
            const QJsonObject o = v.toObject();
            const QString from = labels.value(o.value(QStringLiteral("from")).toInteger());
            const QString to = labels.value(o.value(QStringLiteral("to")).toInteger());
            if (!from.isEmpty() && !to.isEmpty())
                r.suggestedLinks.append(SuggestedLink {from, to, o.value(QStringLiteral("score")).toDouble(),
                    o.value(QStringLiteral("reason")).toString()});
        }

        r.ratings = StoredRatings::fromJson(doc.value(13).toString(), labels);

        readAnnotations(db, documentId, labels, &a);
    });
    if (!ok)
        return std::nullopt;
    return a;
}

} // namespace Scrutiny
