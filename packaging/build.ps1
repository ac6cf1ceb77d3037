# Build the one-folder app into dist\workbench\ (Windows).
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   $env:PYTHON = "C:\path\to\python.exe"; packaging\build.ps1   uses another environment
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$Python = if ($env:PYTHON) { $env:PYTHON } else { Join-Path $Root ".venv\Scripts\python.exe" }
$DistDir = if ($env:DIST_DIR) { $env:DIST_DIR } else { Join-Path $Root "dist" }
$WorkDir = if ($env:WORK_DIR) { $env:WORK_DIR } else { Join-Path $Root "build\pyinstaller" }
if (-not (Test-Path $Python)) {
    Write-Error "no Python at $Python : run 'py -3.11 -m venv .venv' and '.venv\Scripts\pip install -e .' first"
}

# find_spec writes nothing to stderr, which Windows PowerShell would turn into a stopping error.
& $Python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PyInstaller') is None)"
if ($LASTEXITCODE -ne 0) {
    Write-Host "installing PyInstaller"
    & $Python -m pip install --quiet "pyinstaller>=6.0"
    if ($LASTEXITCODE -ne 0) { Write-Error "could not install PyInstaller" }
}
# The app itself must be importable by the build, with its dependencies.
& $Python -c "import workbench, PySide6, sqlalchemy, whoosh, docx, trafilatura"
if ($LASTEXITCODE -ne 0) { Write-Error "the workbench or its dependencies are missing from $Python" }

foreach ($ext in "png", "ico", "icns") {
    if (-not (Test-Path "packaging\icons\workbench.$ext")) {
        & $Python packaging\icons\make_icon.py
        break
    }
}

$Started = Get-Date
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath $DistDir --workpath $WorkDir `
    packaging\workbench.spec
if ($LASTEXITCODE -ne 0) { Write-Error "PyInstaller failed" }

$Seconds = [int]((Get-Date) - $Started).TotalSeconds
$Bundle = Join-Path $DistDir "workbench"
$Bytes = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum
Write-Host ("built {0} in {1} s ({2:N0} MB)" -f $Bundle, $Seconds, ($Bytes / 1MB))
Write-Host "the window: $Bundle\Fact-Check Workbench.exe"
Write-Host "check it:   $Bundle\workbench.exe --self-test"
