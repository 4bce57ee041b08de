package org.sitmap.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Configures the one logging facade (SLF4J over Logback): a rolling file {@code sitmap.log} in the state directory
 * keeps the detail; stderr gets warnings for the CLI. java.util.logging (JavaFX, Gluon) is routed into it.
 */
public final class Logging {
    private Logging() {
    }

    /**
     * @param logDir   directory of the rolling log file
     * @param toStderr also print warnings and errors to stderr, as one plain line each
     */
    public static void configure(Path logDir, boolean toStderr) {
        ch.qos.logback.classic.Logger root = resetRoot(Level.INFO);
        LoggerContext ctx = root.getLoggerContext();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setFile(logDir.resolve("sitmap.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logDir.resolve("sitmap.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(7);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder(ctx, "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n"));
        file.start();
        root.addAppender(file);

        if (toStderr) root.addAppender(warningsToStderr(ctx, "%level: %msg%n%nopex"));
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** For build steps run inside Maven: warnings and errors to stderr, nothing else (Logback alone prints debug). */
    public static void warningsOnly() {
        ch.qos.logback.classic.Logger root = resetRoot(Level.WARN);
        root.addAppender(warningsToStderr(root.getLoggerContext(), "%level: %msg%n"));
    }

    /** The root logger at {@code level}, every earlier configuration (Logback's default included) dropped. */
    private static ch.qos.logback.classic.Logger resetRoot(Level level) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        return root;
    }

    /** A started appender printing warnings and errors to stderr, one line each in {@code pattern}. */
    private static ConsoleAppender<ILoggingEvent> warningsToStderr(LoggerContext ctx, String pattern) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(ctx);
        console.setTarget("System.err");
        console.setEncoder(encoder(ctx, pattern));
        ch.qos.logback.classic.filter.ThresholdFilter warn = new ch.qos.logback.classic.filter.ThresholdFilter();
        warn.setLevel("WARN");
        warn.start();
        console.addFilter(warn);
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(ctx);
        e.setPattern(pattern);
        e.start();
        return e;
    }
}
