// main() for the GoogleTest suites that need a QApplication.

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    // ctest sets QT_QPA_PLATFORM=offscreen, but gtest_discover_tests lists the
    // tests at build time without it, and there may be no display then.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    const QApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
