from lcnet.cli import main

main()
