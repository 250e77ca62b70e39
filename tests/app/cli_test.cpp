// Runs the real handshake-lab program, with no display, as a user would.

#include "app/version.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun runProgram(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The command-line actions must work without any display or platform plugin.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HL_APP_PATH), arguments);
    ProgramRun run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// One "handshake-lab: ..." line on stderr.
void expectOneErrorLine(const ProgramRun& run) {
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("handshake-lab: "))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
}

} // namespace

TEST(Cli, version_printsProjectVersion) {
    const ProgramRun run = runProgram({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out,
              QStringLiteral("handshake-lab %1\n").arg(QString::fromLatin1(app::kVersion)));
}

TEST(Cli, help_describesOptionsAndExitCodes) {
    const ProgramRun run = runProgram({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: handshake-lab")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--list-scenarios")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit status")));
}

TEST(Cli, listScenarios_printsDefaultWithTitle) {
    const ProgramRun run = runProgram({QStringLiteral("--list-scenarios")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList ids;
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        EXPECT_FALSE(fields[1].isEmpty());
        ids.append(fields[0]);
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("default")));
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(ids, sorted);
}

TEST(Cli, traceOfDefault_exitsZero) {
    const ProgramRun run = runProgram(
        {QStringLiteral("--scenario"), QStringLiteral("default"), QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(Cli, traceAsJsonLines_everyLineIsAnObjectWithTimeAndEvent) {
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                       QStringLiteral("--trace"), QStringLiteral("--format"),
                                       QStringLiteral("jsonl")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    if (run.out.isEmpty())
        GTEST_SKIP() << "simulate() produced no events for the default scenario";
    EXPECT_TRUE(run.out.endsWith(QLatin1Char('\n')));
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        ASSERT_TRUE(document.isObject()) << line.toStdString();
        const QJsonObject object = document.object();
        EXPECT_TRUE(object.value(QStringLiteral("t_us")).isDouble()) << line.toStdString();
        EXPECT_TRUE(object.value(QStringLiteral("event")).isString()) << line.toStdString();
    }
}

TEST(Cli, missingScenarioFile_failsAndNamesTheFile) {
    const QString path = QStringLiteral("/no/such/dir/lab.json");
    const ProgramRun run =
        runProgram({QStringLiteral("--scenario"), path, QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(Cli, faultThatMatchesNothing_failsWithItsJsonPath) {
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "lab",
      "hosts": [{"name": "client", "address": "10.0.0.1"}, {"name": "server", "address": "10.0.0.2"}],
      "sockets": [{"id": "c", "host": "client"}, {"id": "s", "host": "server", "port": 80}],
      "script": [{"at": "0s", "socket": "s", "call": "listen"},
                 {"at": "0s", "socket": "c", "call": "connect", "to": "server:80"}],
      "faults": [{"drop": {"from": "client", "flags": ["FIN"]}}],
      "end": "10s"})");
    file.close();
    const ProgramRun run =
        runProgram({QStringLiteral("--scenario"), path, QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(": /faults/0: matched no segment")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(Cli, unknownScenarioId_failsAndListsKnownIds) {
    const ProgramRun run = runProgram(
        {QStringLiteral("--scenario"), QStringLiteral("no-such-id"), QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-id")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("default")));
}

TEST(Cli, traceWithoutScenario_isUsageError) {
    const ProgramRun run = runProgram({QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--scenario")));
}

TEST(Cli, unknownOptionAndBadFormat_areUsageErrors) {
    ProgramRun run = runProgram({QStringLiteral("--frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--frobnicate")));

    run =
        runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                    QStringLiteral("--trace"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("xml")));
}

TEST(Cli, windowWithMissingScenarioFile_failsBeforeNeedingADisplay) {
    const QString path = QStringLiteral("/no/such/dir/lab.json");
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), path});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
}

TEST(Cli, exportPcap_writesTheFileAndSaysWhereItCaptured) {
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("default.pcap"));
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                       QStringLiteral("--export"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err, QStringLiteral("handshake-lab: wrote 11 packets to %1, captured at server "
                                      "(10.0.0.2), the first host that accepts a connection\n")
                           .arg(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // The classic pcap magic number, in the byte order of the machine that wrote it.
    const QByteArray magic = file.read(4);
    EXPECT_TRUE(magic == QByteArray("\xd4\xc3\xb2\xa1", 4) ||
                magic == QByteArray("\xa1\xb2\xc3\xd4", 4));
}

TEST(Cli, exportPcap_captureAtClient_isNamedInTheNote) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.pcap"));
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                       QStringLiteral("--export"), path,
                                       QStringLiteral("--capture-at"), QStringLiteral("10.0.0.1")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("captured at client (10.0.0.1), chosen with "
                                                "--capture-at")))
        << run.err.toStdString();
}

TEST(Cli, exportPcap_unknownHost_failsAndListsTheHosts) {
    const QTemporaryDir dir;
    const ProgramRun run =
        runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                    QStringLiteral("--export"), dir.filePath(QStringLiteral("x.pcap")),
                    QStringLiteral("--capture-at"), QStringLiteral("router")});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'router'")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("client, server")));
}

TEST(Cli, exportPcap_unwritablePath_failsAndNamesPathAndReason) {
    const QString path = QStringLiteral("/no/such/dir/x.pcap");
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                       QStringLiteral("--export"), path});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_EQ(run.err, QStringLiteral("handshake-lab: cannot write capture '%1': No such file or "
                                      "directory\n")
                           .arg(path));
}

TEST(Cli, exportUnknownExtension_isUsageErrorNamingTheSupportedOnes) {
    const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                       QStringLiteral("--export"), QStringLiteral("diagram.gif")});
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral(".gif")));
    EXPECT_TRUE(run.err.contains(QStringLiteral(".pcap")));
}

TEST(Cli, exportMermaidAndPlantUml_writeTheSameTextAsTheExpectedFiles) {
    const QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("default.mmd"), QStringLiteral("default.puml")}) {
        const QString path = dir.filePath(name);
        const ProgramRun run = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                           QStringLiteral("--export"), path});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QFile written(path);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << path.toStdString();
        QFile expected(QStringLiteral(HL_SOURCE_DIR "/tests/data/expected/") + name);
        ASSERT_TRUE(expected.open(QIODevice::ReadOnly));
        EXPECT_EQ(written.readAll(), expected.readAll()) << name.toStdString();
    }
}

namespace {

QString capture(const char* name) {
    return QStringLiteral(HL_SOURCE_DIR "/tests/data/captures/") + QString::fromLatin1(name);
}

} // namespace

TEST(Cli, listConnections_printsAnAlignedTable) {
    const ProgramRun run =
        runProgram({QStringLiteral("--capture"), capture("loopback-reuse.pcapng"),
                    QStringLiteral("--list-connections")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("#  A                B                  start  duration  "
                                      "packets  bytes A→B  bytes B→A  end\n"
                                      "1  127.0.0.1:40123  127.0.0.1:5558  0.000000  0.000438      "
                                      " 10          5          5  FIN\n"
                                      "2  127.0.0.1:40123  127.0.0.1:5558  0.715360  0.002714      "
                                      " 10          5          5  FIN\n"));
}

TEST(Cli, listConnections_notesPacketsThatCouldNotBeDecoded) {
    const ProgramRun run = runProgram({QStringLiteral("--capture"), capture("bad-headers.pcap"),
                                       QStringLiteral("--list-connections")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("bad-headers.pcap: 11 packets, 9 TCP; 2 could not be decoded\n")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("bad-headers.pcap: packet 1, byte 14: IPv4 header length 4 words (< 5)\n")));
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 2);
}

TEST(Cli, captureTrace_printsTheTraceAndSaysHowTimesWereObtained) {
    const ProgramRun run =
        runProgram({QStringLiteral("--capture"), capture("loopback-handshake.pcapng"),
                    QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile expected(capture("expected/loopback-handshake.trace.txt"));
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(expected.readAll());
    EXPECT_EQ(run.out, text.mid(text.indexOf(QLatin1Char('\n')) + 1));
    EXPECT_EQ(run.err, QStringLiteral("handshake-lab: connection 1, 127.0.0.1:44256 -> "
                                      "127.0.0.1:5555: one capture point at 127.0.0.1: one-way "
                                      "delay estimated as 6 µs from the handshake\n"));
}

TEST(Cli, captureConnectionOutOfRange_failsSayingHowManyThereAre) {
    const ProgramRun run = runProgram(
        {QStringLiteral("--capture"), capture("loopback-reuse.pcapng"),
         QStringLiteral("--connection"), QStringLiteral("3"), QStringLiteral("--trace")});
    EXPECT_EQ(run.exitCode, 1);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.endsWith(
        QStringLiteral("loopback-reuse.pcapng has 2 connections (see --list-connections)\n")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(Cli, brokenCaptures_failWithWhatAndWhere) {
    const std::pair<const char*, const char*> cases[] = {
        {"garbage.pcap", "garbage.pcap: not a pcap or pcapng file\n"},
        {"truncated.pcap", "truncated.pcap: truncated after packet 1\n"},
        {"no-such-file.pcap", "no-such-file.pcap: No such file or directory\n"},
    };
    for (const auto& [name, message] : cases) {
        const ProgramRun run =
            runProgram({QStringLiteral("--capture"), capture(name), QStringLiteral("--trace")});
        EXPECT_EQ(run.exitCode, 1) << name;
        expectOneErrorLine(run);
        EXPECT_TRUE(run.err.endsWith(QString::fromLatin1(message))) << run.err.toStdString();
    }
}

TEST(Cli, captureExport_pcapCopiesThePacketsAndMermaidDrawsTheTrace) {
    const QTemporaryDir dir;
    const QString pcap = dir.filePath(QStringLiteral("second.pcap"));
    ProgramRun run = runProgram({QStringLiteral("--capture"), capture("loopback-reuse.pcapng"),
                                 QStringLiteral("--connection"), QStringLiteral("2"),
                                 QStringLiteral("--export"), pcap});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("handshake-lab: wrote 10 packets of connection 2 "
                                                  "(127.0.0.1:40123 -> 127.0.0.1:5558) from ")))
        << run.err.toStdString();
    run = runProgram({QStringLiteral("--capture"), pcap, QStringLiteral("--list-connections")});
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 2) << run.out.toStdString();

    const QString mmd = dir.filePath(QStringLiteral("handshake.mmd"));
    run = runProgram({QStringLiteral("--capture"), capture("ref-normal-client-side.pcap"),
                      QStringLiteral("--capture"), capture("ref-normal-server-side.pcap"),
                      QStringLiteral("--export"), mmd});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile written(mmd);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().startsWith("sequenceDiagram"));
}

TEST(Cli, exportPng_withNoDisplay_writesTheRequestedScale) {
    const QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.png"));
    const QString two = dir.filePath(QStringLiteral("two.png"));
    const auto exportPng = [](const QString& path, const QString& scale) {
        return runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                           QStringLiteral("--export"), path, QStringLiteral("--scale"), scale});
    };
    const ProgramRun first = exportPng(one, QStringLiteral("1"));
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.err, QStringLiteral("handshake-lab: wrote %1\n").arg(one)); // nothing else
    EXPECT_EQ(exportPng(two, QStringLiteral("2")).exitCode, 0);
    const QImage a(one);
    const QImage b(two);
    ASSERT_FALSE(a.isNull());
    EXPECT_NEAR(b.width(), 2 * a.width(), 1);
}

TEST(Cli, exportSvgAndPdf_statesViewAndRange_writeValidFiles) {
    const QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("states.svg"));
    const QString pdf = dir.filePath(QStringLiteral("part.pdf"));
    EXPECT_EQ(
        runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                    QStringLiteral("--export"), svg, QStringLiteral("--view"),
                    QStringLiteral("states"), QStringLiteral("--theme"), QStringLiteral("dark")})
            .exitCode,
        0);
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("ESTABLISHED"));
    EXPECT_EQ(runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                          QStringLiteral("--export"), pdf, QStringLiteral("--range"),
                          QStringLiteral("0:0.4"), QStringLiteral("--title"),
                          QStringLiteral("Handshake")})
                  .exitCode,
              0);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF-"));
}

TEST(Cli, exportImage_badOptionsAndUnwritablePlace_sayWhatIsWrong) {
    const ProgramRun transparentSvg = runProgram(
        {QStringLiteral("--scenario"), QStringLiteral("default"), QStringLiteral("--export"),
         QStringLiteral("x.svg"), QStringLiteral("--transparent")});
    EXPECT_EQ(transparentSvg.exitCode, 2);
    expectOneErrorLine(transparentSvg);
    EXPECT_TRUE(
        transparentSvg.err.contains(QStringLiteral("--transparent only applies to a .png")));

    const ProgramRun badRange = runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                                            QStringLiteral("--export"), QStringLiteral("x.png"),
                                            QStringLiteral("--range"), QStringLiteral("2s:1s")});
    EXPECT_EQ(badRange.exitCode, 2);
    EXPECT_TRUE(badRange.err.contains(QStringLiteral("TO must come after FROM")));

    const ProgramRun unwritable =
        runProgram({QStringLiteral("--scenario"), QStringLiteral("default"),
                    QStringLiteral("--export"), QStringLiteral("/nonexistent-dir/x.png")});
    EXPECT_EQ(unwritable.exitCode, 1);
    expectOneErrorLine(unwritable);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

TEST(Cli, unknownLang_isUsageErrorNamingTheLanguages) {
    const ProgramRun run = runProgram({QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("en, zh_CN"))) << run.err.toStdString();
}

// A picture's words are English unless --lang asks for another language.
TEST(Cli, exportSvgWithLangZhCn_drawsChineseText) {
    QTemporaryDir dir;
    const QString english = dir.filePath(QStringLiteral("en.svg"));
    const QString chinese = dir.filePath(QStringLiteral("zh.svg"));
    const QStringList scenario = {QStringLiteral("--scenario"), QStringLiteral("default"),
                                  QStringLiteral("--export")};
    ASSERT_EQ(runProgram(scenario + QStringList{english}).exitCode, 0);
    ASSERT_EQ(runProgram(scenario + QStringList{chinese, QStringLiteral("--lang=zh_CN")}).exitCode,
              0);
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString passive = QStringLiteral("被动打开"); // "passive open" under a lifeline
    EXPECT_FALSE(read(english).contains(passive));
    EXPECT_TRUE(read(chinese).contains(passive));
    EXPECT_TRUE(read(chinese).contains(QStringLiteral("SYN-RECEIVED")));
}
