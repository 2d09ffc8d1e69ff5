import Foundation
import ToolCLI

// Everything lives in ToolCLI so tests can run commands in process.
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
