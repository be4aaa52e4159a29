// The texts of the tomcat image that programs read or learners open: bin/catalina.sh (a shortened
// catalina.sh with the real one's behaviour for run/version/configtest), conf/server.xml,
// conf/logging.properties, RELEASE-NOTES and webapps.dist/ROOT/index.jsp.

/** catalina.sh: resolves the homes, sets JDK_JAVA_OPTIONS and JAVA_OPTS, execs the JVM. */
export function catalinaSh(major: number): string {
  const endorsed = major < 10 ? '\n    -Dignore.endorsed.dirs= \\' : '';
  return `#!/usr/bin/env bash

# Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.
# -----------------------------------------------------------------------------
# Control Script for the CATALINA Server
#
# (Layerlab ships a shortened catalina.sh: run, version and configtest behave
#  as the real script's do; start and stop say that they are not modelled.)
#
# Environment Variable Prerequisites
#
#   CATALINA_HOME   May point at your Catalina "build" directory.
#   CATALINA_BASE   (Optional) Base directory for resolving dynamic portions
#                   of a Catalina installation.
#   CATALINA_OPTS   (Optional) Java runtime options used when the "start",
#                   "run" or "debug" command is executed.
#   JAVA_HOME       Must point at your Java Development Kit installation.
#   JAVA_OPTS       (Optional) Java runtime options used when any command
#                   is executed.
#   UMASK           (Optional) Override Tomcat's default UMASK of 0027
# -----------------------------------------------------------------------------

# Bugzilla 37848: When no TTY is available, don't output to console
have_tty=0
if [ -t 0 ]; then
    have_tty=1
fi

PRGDIR=$(dirname "$0")
[ -z "$CATALINA_HOME" ] && CATALINA_HOME=$(cd "$PRGDIR/.." >/dev/null; pwd)
[ -z "$CATALINA_BASE" ] && CATALINA_BASE="$CATALINA_HOME"

# Get standard environment variables
if [ -r "$CATALINA_BASE/bin/setenv.sh" ]; then
  . "$CATALINA_BASE/bin/setenv.sh"
elif [ -r "$CATALINA_HOME/bin/setenv.sh" ]; then
  . "$CATALINA_HOME/bin/setenv.sh"
fi

# Get standard Java environment variables (setclasspath.sh)
if [ -z "$JAVA_HOME" ] && [ -z "$JRE_HOME" ]; then
  echo "Neither the JAVA_HOME nor the JRE_HOME environment variable is defined"
  echo "At least one of these environment variable is needed to run this program"
  exit 1
fi
[ -z "$JRE_HOME" ] && JRE_HOME="$JAVA_HOME"
_RUNJAVA="$JRE_HOME/bin/java"

CLASSPATH="$CATALINA_HOME/bin/bootstrap.jar:$CATALINA_HOME/bin/tomcat-juli.jar"
[ -z "$CATALINA_TMPDIR" ] && CATALINA_TMPDIR="$CATALINA_BASE/temp"
CATALINA_LOGGING_CONFIG="-Djava.util.logging.config.file=$CATALINA_BASE/conf/logging.properties"
LOGGING_MANAGER="-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager"

# Java 9+: open the packages Tomcat needs (the java launcher reads JDK_JAVA_OPTIONS)
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.lang=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.io=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.util=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED"
export JDK_JAVA_OPTIONS

JAVA_OPTS="$JAVA_OPTS -Djdk.tls.ephemeralDHKeySize=2048"
JAVA_OPTS="$JAVA_OPTS -Djava.protocol.handler.pkgs=org.apache.catalina.webresources"

# Set UMASK unless it has been overridden
if [ -z "$UMASK" ]; then
    UMASK="0027"
fi
umask $UMASK
JAVA_OPTS="$JAVA_OPTS -Dorg.apache.catalina.security.SecurityListener.UMASK=$(umask)"

if [ $have_tty -eq 1 ]; then
  echo "Using CATALINA_BASE:   $CATALINA_BASE"
  echo "Using CATALINA_HOME:   $CATALINA_HOME"
  echo "Using CATALINA_TMPDIR: $CATALINA_TMPDIR"
  echo "Using JRE_HOME:        $JRE_HOME"
  echo "Using CLASSPATH:       $CLASSPATH"
  echo "Using CATALINA_OPTS:   $CATALINA_OPTS"
fi

case "$1" in
  run)
    shift
    exec "$_RUNJAVA" "$CATALINA_LOGGING_CONFIG" $LOGGING_MANAGER $JAVA_OPTS $CATALINA_OPTS \\${endorsed}
      -classpath "$CLASSPATH" \\
      -Dcatalina.base="$CATALINA_BASE" \\
      -Dcatalina.home="$CATALINA_HOME" \\
      -Djava.io.tmpdir="$CATALINA_TMPDIR" \\
      org.apache.catalina.startup.Bootstrap "$@" start
    ;;
  configtest)
    exec "$_RUNJAVA" $JAVA_OPTS \\${endorsed}
      -classpath "$CLASSPATH" \\
      -Dcatalina.base="$CATALINA_BASE" \\
      -Dcatalina.home="$CATALINA_HOME" \\
      -Djava.io.tmpdir="$CATALINA_TMPDIR" \\
      org.apache.catalina.startup.Bootstrap configtest
    ;;
  version)
    "$_RUNJAVA" \\
      -classpath "$CATALINA_HOME/lib/catalina.jar" \\
      org.apache.catalina.util.ServerInfo
    ;;
  start|stop|debug|jpda)
    echo "layerlab: catalina.sh $1 is not modelled; the image runs catalina.sh run" >&2
    exit 1
    ;;
  *)
    echo "Usage: catalina.sh ( commands ... )"
    echo "commands:"
    echo "  debug             Start Catalina in a debugger"
    echo "  debug -security   Debug Catalina with a security manager"
    echo "  jpda start        Start Catalina under JPDA debugger"
    echo "  run               Start Catalina in the current window"
    echo "  run -security     Start in the current window with security manager"
    echo "  start             Start Catalina in a separate window"
    echo "  start -security   Start in a separate window with security manager"
    echo "  stop              Stop Catalina, waiting up to 5 seconds for the process to end"
    echo "  stop n            Stop Catalina, waiting up to n seconds for the process to end"
    echo "  stop -force       Stop Catalina, wait up to 5 seconds and then use kill -KILL if still running"
    echo "  stop n -force     Stop Catalina, wait up to n seconds and then use kill -KILL if still running"
    echo "  configtest        Run a basic syntax check on server.xml - check exit code for result"
    echo "  version           What version of tomcat are you running?"
    echo "Note: Waiting for the process to end and use of the -force option require that \\$CATALINA_PID is defined"
    exit 1
    ;;
esac
`;
}

/** conf/server.xml as Tomcat ships it, without the commented-out examples. */
export const SERVER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0. -->
<!-- Note:  A "Server" is not itself a "Container", so you may not
     define subcomponents such as "Valves" at this level.
     Documentation at /docs/config/server.html
 -->
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <!-- APR library loader. Documentation at /docs/apr.html -->
  <Listener className="org.apache.catalina.core.AprLifecycleListener" SSLEngine="on" />
  <!-- Prevent memory leaks due to use of particular java/javax APIs-->
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener" />
  <Listener className="org.apache.catalina.mbeans.GlobalResourcesLifecycleListener" />
  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener" />

  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container"
              type="org.apache.catalina.UserDatabase"
              description="User database that can be updated and saved"
              factory="org.apache.catalina.users.MemoryUserDatabaseFactory"
              pathname="conf/tomcat-users.xml" />
  </GlobalNamingResources>

  <Service name="Catalina">
    <!-- A "Connector" represents an endpoint by which requests are received
         and responses are returned. Documentation at :
         HTTP Connector: /docs/config/http.html
         AJP  Connector: /docs/config/ajp.html
         Define a non-SSL/TLS HTTP/1.1 Connector on port 8080
    -->
    <Connector port="8080" protocol="HTTP/1.1"
               connectionTimeout="20000"
               redirectPort="8443"
               maxParameterCount="1000"
               />

    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.UserDatabaseRealm"
               resourceName="UserDatabase"/>
      </Realm>

      <Host name="localhost"  appBase="webapps"
            unpackWARs="true" autoDeploy="true">
        <!-- Access log processes all example.
             Documentation at: /docs/config/valve.html
             Note: The pattern used is equivalent to using pattern="common" -->
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs"
               prefix="localhost_access_log" suffix=".txt"
               pattern="%h %l %u %t &quot;%r&quot; %s %b" />

      </Host>
    </Engine>
  </Service>
</Server>
`;

export const LOGGING_PROPERTIES = `# Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.

handlers = 1catalina.org.apache.juli.AsyncFileHandler, 2localhost.org.apache.juli.AsyncFileHandler, 3manager.org.apache.juli.AsyncFileHandler, 4host-manager.org.apache.juli.AsyncFileHandler, java.util.logging.ConsoleHandler

.handlers = 1catalina.org.apache.juli.AsyncFileHandler, java.util.logging.ConsoleHandler

1catalina.org.apache.juli.AsyncFileHandler.level = ALL
1catalina.org.apache.juli.AsyncFileHandler.directory = \${catalina.base}/logs
1catalina.org.apache.juli.AsyncFileHandler.prefix = catalina.
1catalina.org.apache.juli.AsyncFileHandler.maxDays = 90
1catalina.org.apache.juli.AsyncFileHandler.encoding = UTF-8

2localhost.org.apache.juli.AsyncFileHandler.level = ALL
2localhost.org.apache.juli.AsyncFileHandler.directory = \${catalina.base}/logs
2localhost.org.apache.juli.AsyncFileHandler.prefix = localhost.
2localhost.org.apache.juli.AsyncFileHandler.maxDays = 90
2localhost.org.apache.juli.AsyncFileHandler.encoding = UTF-8

3manager.org.apache.juli.AsyncFileHandler.level = ALL
3manager.org.apache.juli.AsyncFileHandler.directory = \${catalina.base}/logs
3manager.org.apache.juli.AsyncFileHandler.prefix = manager.
3manager.org.apache.juli.AsyncFileHandler.maxDays = 90
3manager.org.apache.juli.AsyncFileHandler.encoding = UTF-8

4host-manager.org.apache.juli.AsyncFileHandler.level = ALL
4host-manager.org.apache.juli.AsyncFileHandler.directory = \${catalina.base}/logs
4host-manager.org.apache.juli.AsyncFileHandler.prefix = host-manager.
4host-manager.org.apache.juli.AsyncFileHandler.maxDays = 90
4host-manager.org.apache.juli.AsyncFileHandler.encoding = UTF-8

java.util.logging.ConsoleHandler.level = ALL
java.util.logging.ConsoleHandler.formatter = org.apache.juli.OneLineFormatter
java.util.logging.ConsoleHandler.encoding = UTF-8

org.apache.catalina.core.ContainerBase.[Catalina].[localhost].level = INFO
org.apache.catalina.core.ContainerBase.[Catalina].[localhost].handlers = 2localhost.org.apache.juli.AsyncFileHandler
`;

export function releaseNotes(version: string): string {
  return `================================================================================
  Licensed to the Apache Software Foundation (ASF) under the Apache License,
  Version 2.0.
================================================================================


                     Apache Tomcat Version ${version}
                            Release Notes


=========
CONTENTS:
=========

* Dependency Changes from previous Release
* API Stability
* Bundled APIs
* Web application reloading and static fields in shared libraries
* Security manager URLs
* Symlinking static resources
* Viewing the Tomcat Change Log
* Cryptographic software notice
* When all else fails
`;
}

/** webapps.dist/ROOT/index.jsp: the welcome page ("If you're seeing this…"). */
export function rootIndexJsp(majorMinor: string, branch: string): string {
  const doc = '${tomcatDocUrl}';
  const url = '${tomcatUrl}';
  const ex = '${tomcatExamplesUrl}';
  const li = (href: string, text: string) =>
    `                            <li><a href="${href}">${text}</a></li>\n`;
  const col = (title: string, items: string) =>
    `                <div class="col20">\n                    <div class="container">\n                        <h4>${title}</h4>\n                        <ul>\n${items}                        </ul>\n                    </div>\n                </div>\n`;
  return `<%--
Licensed to the Apache Software Foundation (ASF) under one or more
contributor license agreements.  See the NOTICE file distributed with
this work for additional information regarding copyright ownership.
The ASF licenses this file to You under the Apache License, Version 2.0
(the "License"); you may not use this file except in compliance with
the License.  You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
--%>
<%@ page session="false" pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" %>
<%
java.text.SimpleDateFormat sdf = new java.text.SimpleDateFormat("yyyy");
request.setAttribute("year", sdf.format(new java.util.Date()));
request.setAttribute("tomcatUrl", "https://tomcat.apache.org/");
request.setAttribute("tomcatDocUrl", "/docs/");
request.setAttribute("tomcatExamplesUrl", "/examples/");
%>
<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="UTF-8">
        <title><%=request.getServletContext().getServerInfo() %></title>
        <link href="favicon.ico" rel="shortcut icon" type="image/x-icon">
        <link href="tomcat.css" rel="stylesheet" type="text/css">
    </head>

    <body>
        <div id="wrapper">
            <div id="navigation" class="curved container">
                <span id="nav-home"><a href="${url}">Home</a></span>
                <span id="nav-hosts"><a href="${doc}">Documentation</a></span>
                <span id="nav-config"><a href="${doc}config/">Configuration</a></span>
                <span id="nav-examples"><a href="${ex}">Examples</a></span>
                <span id="nav-wiki"><a href="https://cwiki.apache.org/confluence/display/TOMCAT/">Wiki</a></span>
                <span id="nav-lists"><a href="${url}lists.html">Mailing Lists</a></span>
                <span id="nav-help"><a href="${url}findhelp.html">Find Help</a></span>
                <br class="separator">
            </div>
            <div id="asf-box">
                <h1>\${pageContext.servletContext.serverInfo}</h1>
            </div>
            <div id="upper" class="curved container">
                <div id="congrats" class="curved container">
                    <h2>If you're seeing this, you've successfully installed Tomcat. Congratulations!</h2>
                </div>
                <div id="notice">
                    <img src="tomcat.svg" alt="[tomcat logo]">
                    <div id="tasks">
                        <h3>Recommended Reading:</h3>
                        <h4><a href="${doc}security-howto.html">Security Considerations How-To</a></h4>
                        <h4><a href="${doc}manager-howto.html">Manager Application How-To</a></h4>
                        <h4><a href="${doc}cluster-howto.html">Clustering/Session Replication How-To</a></h4>
                    </div>
                </div>
                <div id="actions">
                    <div class="button">
                        <a class="container shadow" href="/manager/status"><span>Server Status</span></a>
                    </div>
                    <div class="button">
                        <a class="container shadow" href="/manager/html"><span>Manager App</span></a>
                    </div>
                    <div class="button">
                        <a class="container shadow" href="/host-manager/html"><span>Host Manager</span></a>
                    </div>
                </div>
                <br class="separator">
            </div>
            <div id="middle" class="curved container">
                <h3>Developer Quick Start</h3>
                <div class="col25">
                    <div class="container">
                        <p><a href="${doc}setup.html">Tomcat Setup</a></p>
                        <p><a href="${doc}appdev/">First Web Application</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="${doc}realm-howto.html">Realms &amp; AAA</a></p>
                        <p><a href="${doc}jndi-datasource-examples-howto.html">JDBC DataSources</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="${ex}">Examples</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="https://cwiki.apache.org/confluence/display/TOMCAT/Specifications">Servlet Specifications</a></p>
                        <p><a href="https://cwiki.apache.org/confluence/display/TOMCAT/Tomcat+Versions">Tomcat Versions</a></p>
                    </div>
                </div>
                <br class="separator">
            </div>
            <div id="lower">
                <div id="low-manage" class="">
                    <div class="curved container">
                        <h3>Managing Tomcat</h3>
                        <p>For security, access to the <a href="/manager/html">manager webapp</a> is restricted.
                        Users are defined in:</p>
                        <pre>$CATALINA_HOME/conf/tomcat-users.xml</pre>
                        <p>In Tomcat ${majorMinor} access to the manager application is split between
                           different users. &nbsp; <a href="${doc}manager-howto.html">Read more...</a></p>
                        <br>
                        <h4><a href="${doc}RELEASE-NOTES.txt">Release Notes</a></h4>
                        <h4><a href="${doc}changelog.html">Changelog</a></h4>
                        <h4><a href="${url}migration.html">Migration Guide</a></h4>
                        <h4><a href="${url}security.html">Security Notices</a></h4>
                    </div>
                </div>
                <div id="low-docs" class="">
                    <div class="curved container">
                        <h3>Documentation</h3>
                        <h4><a href="${doc}">Tomcat ${majorMinor} Documentation</a></h4>
                        <h4><a href="${doc}config/">Tomcat ${majorMinor} Configuration</a></h4>
                        <h4><a href="https://cwiki.apache.org/confluence/display/TOMCAT/">Tomcat Wiki</a></h4>
                        <p>Find additional important configuration information in:</p>
                        <pre>$CATALINA_HOME/RUNNING.txt</pre>
                        <p>Developers may be interested in:</p>
                        <ul>
                            <li><a href="https://tomcat.apache.org/bugreport.html">Tomcat ${majorMinor} Bug Database</a></li>
                            <li><a href="${doc}api/index.html">Tomcat ${majorMinor} JavaDocs</a></li>
                            <li><a href="https://github.com/apache/tomcat/tree/${branch}">Tomcat ${majorMinor} Git Repository at GitHub</a></li>
                        </ul>
                    </div>
                </div>
                <div id="low-help" class="">
                    <div class="curved container">
                        <h3>Getting Help</h3>
                        <h4><a href="${url}faq/">FAQ</a> and <a href="${url}lists.html">Mailing Lists</a></h4>
                        <p>The following mailing lists are available:</p>
                        <ul>
                            <li id="list-announce"><strong><a href="${url}lists.html#tomcat-announce">tomcat-announce</a><br>
                                Important announcements, releases, security vulnerability notifications. (Low volume).</strong>
                            </li>
                            <li><a href="${url}lists.html#tomcat-users">tomcat-users</a><br>
                                User support and discussion
                            </li>
                            <li><a href="${url}lists.html#taglibs-user">taglibs-user</a><br>
                                User support and discussion for <a href="${url}taglibs/">Apache Taglibs</a>
                            </li>
                            <li><a href="${url}lists.html#tomcat-dev">tomcat-dev</a><br>
                                Development mailing list, including commit messages
                            </li>
                        </ul>
                    </div>
                </div>
                <br class="separator">
            </div>
            <div id="footer" class="curved container">
${col('Other Downloads', li(`${url}download-connectors.cgi`, 'Tomcat Connectors') + li(`${url}download-native.cgi`, 'Tomcat Native') + li(`${url}taglibs/`, 'Taglibs') + li(`${doc}deployer-howto.html`, 'Deployer'))}${col('Other Documentation', li(`${url}connectors-doc/`, 'Tomcat Connectors') + li(`${url}connectors-doc/`, 'mod_jk Documentation') + li(`${url}native-doc/`, 'Tomcat Native') + li(`${doc}deployer-howto.html`, 'Deployer'))}${col('Get Involved', li(`${url}getinvolved.html`, 'Overview') + li(`${url}source.html`, 'Source Repositories') + li(`${url}lists.html`, 'Mailing Lists') + li('https://cwiki.apache.org/confluence/display/TOMCAT/', 'Wiki'))}${col('Miscellaneous', li(`${url}contact.html`, 'Contact') + li(`${url}legal.html`, 'Legal') + li('https://www.apache.org/foundation/sponsorship.html', 'Sponsorship') + li('https://www.apache.org/foundation/thanks.html', 'Thanks'))}${col('Apache Software Foundation', li(`${url}whoweare.html`, 'Who We Are') + li(`${url}heritage.html`, 'Heritage') + li('https://www.apache.org', 'Apache Home') + li(`${url}resources.html`, 'Resources'))}                <br class="separator">
            </div>
            <p class="copyright">Copyright &copy;1999-\${year} Apache Software Foundation.  All Rights Reserved</p>
        </div>
    </body>

</html>
`;
}

/** webapps.dist/docs/index.html, shortened: its head and the start of the index. */
export function docsIndex(major: string, version: string): string {
  return `<!DOCTYPE html SYSTEM "about:legacy-compat">
<html lang="en"><head><META http-equiv="Content-Type" content="text/html; charset=UTF-8"><link href="./images/docs-stylesheet.css" rel="stylesheet" type="text/css"><title>Apache Tomcat ${major} (${version}) - Documentation Index</title></head><body><div id="wrapper"><header><div id="header"><div><div><div class="logo noPrint"><a href="https://tomcat.apache.org/"><img alt="Tomcat Home" src="./images/tomcat.png"></a></div><div style="height: 1px;"></div><div class="asfLogo noPrint"><a href="https://www.apache.org/" target="_blank"><img src="./images/asf-logo.svg" alt="The Apache Software Foundation" style="width: 266px; height: 83px;"></a></div><h1>Apache Tomcat ${major}</h1><div class="versionInfo">
            Version ${version},
            <time datetime="2025-06-05">Jun 5 2025</time></div><div style="height: 1px;"></div><div style="clear: left;"></div></div></div></div></header>
<!-- Layerlab: the rest of the documentation index is not included in the lab's image. -->
</div></body></html>
`;
}

/** webapps.dist/examples/index.html */
export const EXAMPLES_INDEX = `<!DOCTYPE html><html lang="en">
<head>
<meta charset="UTF-8">
<title>Apache Tomcat Examples</title>
</head>
<body>
<h3>Apache Tomcat Examples</h3>
<p></p>
<ul>
<li><a href="servlets">Servlets examples</a></li>
<li><a href="jsp">JSP Examples</a></li>
<li><a href="websocket/index.xhtml">WebSocket Examples</a></li>
</ul>
</body></html>
`;

/** META-INF/context.xml of manager and host-manager: only local browsers get in. */
export const MANAGER_CONTEXT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0. -->
<Context antiResourceLocking="false" privileged="true" >
  <CookieProcessor className="org.apache.tomcat.util.http.Rfc6265CookieProcessor"
                   sameSiteCookies="strict" />
  <Valve className="org.apache.catalina.valves.RemoteAddrValve"
         allow="127\\.\\d+\\.\\d+\\.\\d+|::1|0:0:0:0:0:0:0:1" />
  <Manager sessionAttributeValueClassNameFilter="java\\.lang\\.(?:Boolean|Integer|Long|Number|String)|org\\.apache\\.catalina\\.filters\\.CsrfPreventionFilter\\$LruCache(?:\\$1)?|java\\.util\\.(?:Linked)?HashMap"/>
</Context>
`;

/** WEB-INF/web.xml of manager and host-manager, shortened to their name and error pages. */
export function managerWebXml(name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0. -->
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>${name}</display-name>
  <error-page>
    <error-code>401</error-code>
    <location>/WEB-INF/jsp/401.jsp</location>
  </error-page>
  <error-page>
    <error-code>403</error-code>
    <location>/WEB-INF/jsp/403.jsp</location>
  </error-page>
  <error-page>
    <error-code>404</error-code>
    <location>/WEB-INF/jsp/404.jsp</location>
  </error-page>
</web-app>
`;
}

const LICENSE_JSP = `<%--
  Licensed to the Apache Software Foundation (ASF) under one or more
  contributor license agreements.  See the NOTICE file distributed with
  this work for additional information regarding copyright ownership.
  The ASF licenses this file to You under the Apache License, Version 2.0
  (the "License"); you may not use this file except in compliance with
  the License.  You may obtain a copy of the License at

      http://www.apache.org/licenses/LICENSE-2.0

  Unless required by applicable law or agreed to in writing, software
  distributed under the License is distributed on an "AS IS" BASIS,
  WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  See the License for the specific language governing permissions and
  limitations under the License.
--%>
<%@ page session="false" trimDirectiveWhitespaces="true" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
 <head>
  <title>403 Access Denied</title>
  <style type="text/css">
    <!--
    BODY {font-family:Tahoma,Arial,sans-serif;color:black;background-color:white;font-size:12px;}
    H1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:22px;}
    PRE, TT {border: 1px dotted #525D76}
    A {color : black;}A.name {color : black;}
    -->
  </style>
`;

/** manager/WEB-INF/jsp/403.jsp: what a browser that is not local gets. */
export const MANAGER_403_JSP = `${LICENSE_JSP} </head>
 <body>
   <h1>403 Access Denied</h1>
   <p>
    You are not authorized to view this page.
   </p>
   <p>
    By default the Manager is only accessible from a browser running on the
    same machine as Tomcat. If you wish to modify this restriction, you'll need
    to edit the Manager's <tt>context.xml</tt> file.
   </p>
   <p>
    If you have already configured the Manager application to allow access and
    you have used your browsers back button, used a saved book-mark or similar
    then you may have triggered the cross-site request forgery (CSRF) protection
    that has been enabled for the HTML interface of the Manager application. You
    will need to reset this protection by returning to the
    <a href="<%=request.getContextPath()%>/html">main Manager page</a>. Once you
    return to this page, you will be able to continue using the Manager
    application's HTML interface normally. If you continue to see this access
    denied message, check that you have the necessary permissions to access this
    application.
   </p>
   <p>
    If you have not changed
    any configuration files, please examine the file
    <tt>conf/tomcat-users.xml</tt> in your installation. That
    file must contain the credentials to let you use this webapp.
   </p>
   <p>
    For example, to add the <tt>manager-gui</tt> role to a user named
    <tt>tomcat</tt> with a password of <tt>s3cret</tt>, add the following to the
    config file listed above.
   </p>
<pre>
&lt;role rolename="manager-gui"/&gt;
&lt;user username="tomcat" password="s3cret" roles="manager-gui"/&gt;
</pre>
   <p>
    Note that for Tomcat 7 onwards, the roles required to use the manager
    application were changed from the single <tt>manager</tt> role to the
    following four roles. You will need to assign the role(s) required for
    the functionality you wish to access.
   </p>
    <ul>
      <li><tt>manager-gui</tt> - allows access to the HTML GUI and the status
          pages</li>
      <li><tt>manager-script</tt> - allows access to the text interface and the
          status pages</li>
      <li><tt>manager-jmx</tt> - allows access to the JMX proxy and the status
          pages</li>
      <li><tt>manager-status</tt> - allows access to the status pages only</li>
    </ul>
   <p>
    The HTML interface is protected against CSRF but the text and JMX interfaces
    are not. To maintain the CSRF protection:
   </p>
   <ul>
    <li>Users with the <tt>manager-gui</tt> role should not be granted either
        the <tt>manager-script</tt> or <tt>manager-jmx</tt> roles.</li>
    <li>If the text or jmx interfaces are accessed through a browser (e.g. for
        testing since these interfaces are intended for tools not humans) then
        the browser must be closed afterwards to terminate the session.</li>
   </ul>
   <p>
    For more information - please see the
    <a href="/docs/manager-howto.html">Manager App HOW-TO</a>.
   </p>
 </body>

</html>
`;

/** host-manager/WEB-INF/jsp/403.jsp */
export const HOST_MANAGER_403_JSP = `${LICENSE_JSP}  <link href="<%=request.getContextPath()%>/images/favicon.ico" rel="icon" type="image/x-icon" />
 </head>
 <body>
   <h1>403 Access Denied</h1>
   <p>
    You are not authorized to view this page.
   </p>
   <p>
    By default the Host Manager is only accessible from a browser running on the
    same machine as Tomcat. If you wish to modify this restriction, you'll need
    to edit the Host Manager's <tt>context.xml</tt> file.
   </p>
   <p>
    If you have already configured the Host Manager application to allow access
    and you have used your browsers back button, used a saved book-mark or
    similar then you may have triggered the cross-site request forgery (CSRF)
    protection that has been enabled for the HTML interface of the Host Manager
    application. You will need to reset this protection by returning to the
    <a href="<%=request.getContextPath()%>/html">main Host Manager page</a>.
    Once you return to this page, you will be able to continue using the Host
    Manager application's HTML interface normally. If you continue to see this
    access denied message, check that you have the necessary permissions to
    access this application.
   </p>
   <p> If you have not changed
    any configuration files, please examine the file
    <tt>conf/tomcat-users.xml</tt> in your installation. That
    file must contain the credentials to let you use this webapp.
   </p>
   <p>
    For example, to add the <tt>admin-gui</tt> role to a user named
    <tt>tomcat</tt> with a password of <tt>s3cret</tt>, add the following to the
    config file listed above.
   </p>
<pre>
&lt;role rolename="admin-gui"/&gt;
&lt;user username="tomcat" password="s3cret" roles="admin-gui"/&gt;
</pre>
   <p>
    Note that for Tomcat 7 onwards, the roles required to use the host manager
    application were changed from the single <tt>admin</tt> role to the
    following two roles. You will need to assign the role(s) required for
    the functionality you wish to access.
   </p>
    <ul>
      <li><tt>admin-gui</tt> - allows access to the HTML GUI</li>
      <li><tt>admin-script</tt> - allows access to the text interface</li>
    </ul>
   <p>
    The HTML interface is protected against CSRF but the text interface is not.
    To maintain the CSRF protection:
   </p>
   <ul>
    <li>Users with the <tt>admin-gui</tt> role should not be granted the
       <tt>admin-script</tt> role.</li>
    <li>If the text interface is accessed through a browser (e.g. for testing
        since this interface is intended for tools not humans) then the browser
        must be closed afterwards to terminate the session.</li>
   </ul>
 </body>

</html>
`;
